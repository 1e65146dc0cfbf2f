//! The `serve-stdio` framing: every message in either direction is a 2-byte big-endian length
//! followed by that many bytes.
//!
//! - Host → card: a command APDU. A zero-length frame means "deactivate and reactivate the card"
//!   (the card leaves and re-enters the field: session key and authentication are cleared).
//! - Card → host: the response APDU (data ‖ SW1 SW2). The reply to a reset frame is a zero-length
//!   frame.
//!
//! End of input ends the server.

use std::io::{self, Read, Write};

/// Reads one frame; `Ok(None)` on a clean end of input.
pub fn read_frame(input: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 2];
    match input.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let mut body = vec![0u8; usize::from(u16::from_be_bytes(len))];
    input.read_exact(&mut body)?;
    Ok(Some(body))
}

/// Writes one frame (bodies longer than 65535 bytes are an error).
pub fn write_frame(output: &mut impl Write, body: &[u8]) -> io::Result<()> {
    let len = u16::try_from(body.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "frame too long"))?;
    output.write_all(&len.to_be_bytes())?;
    output.write_all(body)?;
    output.flush()
}

/// Serves `card` until the input ends.
pub fn serve<R: madoguchi_zairyu::rand_core::RngCore>(
    card: &mut crate::SimCard<R>,
    input: &mut impl Read,
    output: &mut impl Write,
) -> io::Result<()> {
    while let Some(frame) = read_frame(input)? {
        if frame.is_empty() {
            card.reset();
            write_frame(output, &[])?;
        } else {
            write_frame(output, &card.process(&frame).to_bytes())?;
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn frames_roundtrip_and_truncation_is_an_error() {
        let mut buf = Vec::new();
        write_frame(&mut buf, &[0x00, 0x84, 0x00, 0x00, 0x08]).unwrap();
        write_frame(&mut buf, &[]).unwrap();
        assert_eq!(buf[..2], [0, 5]);
        let mut r = buf.as_slice();
        assert_eq!(
            read_frame(&mut r).unwrap().unwrap(),
            [0x00, 0x84, 0x00, 0x00, 0x08]
        );
        assert_eq!(read_frame(&mut r).unwrap().unwrap(), Vec::<u8>::new());
        assert_eq!(read_frame(&mut r).unwrap(), None);
        let mut r: &[u8] = &[0, 5, 1, 2];
        assert!(read_frame(&mut r).is_err());
        assert!(write_frame(&mut Vec::new(), &vec![0; 70_000]).is_err());
    }
}
