//! `chip-bench [ROUNDS]`: full read + verification of every committed dump through the host CCID
//! code and the simulated readers. Prints APDUs, bytes on the air and on USB, time per read
//! (median), and the transmission time a real reader would need at 106/212/424 kbit/s.

use std::path::Path;
use std::time::Instant;

use madoguchi_card_sim::report::load_trust_dir;
use madoguchi_card_sim::{CardDump, SimCard};
use madoguchi_ccid::{CcidDescriptor, CcidReader};
use madoguchi_reader_sim::ccid::{CcidReaderSim, ReaderModel, SimPipe};
use madoguchi_zairyu::{
    CardChannel, ChannelError, ReadOptions, Response, TrustStore, block_on, parse_contents,
    read_card, verify_card,
};
use rand_core::OsRng;

/// Counts what crosses the air: command and response APDU sizes.
struct Counting<C> {
    inner: C,
    apdus: Vec<(usize, usize)>,
}

impl<C: CardChannel> CardChannel for Counting<C> {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        let response = self.inner.transmit(apdu).await?;
        self.apdus.push((apdu.len(), response.data.len() + 2));
        Ok(response)
    }
}

/// ISO/IEC 14443-4 Type B transmission time of the APDUs at `kbps`: each byte is 10 bits
/// (start, 8 data, stop); each frame adds PCB + CRC (3 bytes), SOF + EOF (about 22 etu) and the
/// minimum turnaround; frames carry at most 253 bytes of payload (FSC 256). Card processing time
/// is not included.
fn air_time_ms(apdus: &[(usize, usize)], kbps: f64) -> f64 {
    let frame_bits = |payload: usize| {
        let frames = payload.div_ceil(253).max(1);
        (payload + 3 * frames) as f64 * 10.0 + frames as f64 * (22.0 + 20.0)
    };
    let bits: f64 = apdus
        .iter()
        .map(|(cmd, resp)| frame_bits(*cmd) + frame_bits(*resp))
        .sum();
    bits / kbps
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    let dumps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../card-sim/dumps");
    let mut trust = TrustStore::new();
    if let Err(error) = load_trust_dir(&dumps.join("trust"), &mut trust) {
        eprintln!("chip-bench: {error}");
        std::process::exit(1);
    }
    println!(
        "| dump | reader | APDUs | air bytes | USB transfers | USB bytes | read+verify+decode (median of {rounds}) | air time 106 / 212 / 424 kbit/s |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|");
    for name in [
        "residence-normal",
        "special-permanent",
        "under16",
        "second-gen",
    ] {
        let Ok(dump) = CardDump::load(&dumps.join(name)) else {
            eprintln!("chip-bench: cannot load {name}");
            continue;
        };
        for model in [ReaderModel::EXTENDED_VENDOR, ReaderModel::OMNIKEY_5321] {
            let mut times = Vec::with_capacity(rounds);
            let mut last = None;
            for _ in 0..rounds {
                let mut reader = CcidReaderSim::new(model.clone());
                reader.insert_card(Box::new(SimCard::new(dump.clone(), OsRng)));
                let Ok(descriptor) = CcidDescriptor::find(&model.configuration_descriptor()) else {
                    return;
                };
                let host = CcidReader::new(SimPipe(&mut reader), &descriptor);
                let mut channel = Counting {
                    inner: host,
                    apdus: Vec::new(),
                };
                let start = Instant::now();
                let Ok(read) = block_on(read_card(
                    &mut channel,
                    &dump.card_number,
                    &mut OsRng,
                    &ReadOptions::default(),
                )) else {
                    eprintln!("chip-bench: {name} failed to read");
                    return;
                };
                let verification = verify_card(read.card_type, &read.files, &trust, 1_790_000_000);
                if let Ok(contents) = parse_contents(read.card_type, &read.files) {
                    for image in [&contents.front_image, &contents.face_image]
                        .into_iter()
                        .flatten()
                    {
                        let _ = madoguchi_zairyu::images::decode(image);
                    }
                }
                times.push(start.elapsed().as_secs_f64() * 1000.0);
                last = Some((channel.apdus, channel.inner.stats(), verification.verdict));
            }
            let Some((apdus, usb, _verdict)) = last else {
                continue;
            };
            let air_bytes: usize = apdus.iter().map(|(c, r)| c + r).sum();
            println!(
                "| {name} | {} | {} | {air_bytes} | {} | {} | {:.1} ms | {:.0} / {:.0} / {:.0} ms |",
                model.name,
                apdus.len(),
                usb.bulk_out_transfers + usb.bulk_in_transfers,
                usb.bytes_out + usb.bytes_in,
                median(&mut times),
                air_time_ms(&apdus, 106.0),
                air_time_ms(&apdus, 212.0),
                air_time_ms(&apdus, 424.0),
            );
        }
    }
}
