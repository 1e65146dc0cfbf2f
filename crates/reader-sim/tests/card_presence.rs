//! Waiting for the card: an empty reader says "no card" (slot status / failed Type B
//! activation), announces the insertion on its interrupt endpoint (CCID), and the read that
//! follows succeeds — the sequence the app runs when the reader is connected before the card.

use std::path::{Path, PathBuf};

use madoguchi_card_sim::{CardDump, SimCard};
use madoguchi_ccid::presence::{CardPresence, SlotChange, slot_change};
use madoguchi_ccid::sony::{Rcs300Channel, Rcs380Channel};
use madoguchi_ccid::{CcidDescriptor, CcidReader};
use madoguchi_reader_sim::ccid::{CcidReaderSim, ReaderModel, SimPipe};
use madoguchi_reader_sim::sony::{Rcs300Sim, Rcs380Sim};
use madoguchi_reader_sim::{DevicePipe, SimDevice};
use madoguchi_zairyu::{CardChannel, ReadOptions, block_on, read_card};
use rand_core::OsRng;

fn dump() -> CardDump {
    let dir: PathBuf =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../card-sim/dumps/residence-normal");
    CardDump::load(&dir).expect("dump")
}

fn reads<C: CardChannel>(channel: &mut C, dump: &CardDump) -> bool {
    block_on(read_card(
        channel,
        &dump.card_number,
        &mut OsRng,
        &ReadOptions::default(),
    ))
    .is_ok()
}

#[test]
fn ccid_reader_reports_no_card_then_the_insertion() {
    let dump = dump();
    let mut sim = CcidReaderSim::new(ReaderModel::EXTENDED_VENDOR);
    sim.insert_card(Box::new(SimCard::new(dump.clone(), OsRng)));
    sim.remove_card();
    // Drain what the insertion and removal announced: the last word is "absent, changed".
    let mut last = None;
    while let Some(message) = sim.interrupt_in() {
        last = slot_change(&message, 0);
    }
    assert_eq!(
        last,
        Some(SlotChange {
            present: false,
            changed: true
        })
    );
    let descriptor =
        CcidDescriptor::find(&sim.model.configuration_descriptor()).expect("descriptor");
    assert!(descriptor.interrupt_in.is_some());
    assert!(
        !block_on(CcidReader::new(SimPipe(&mut sim), &descriptor).card_present()).expect("status")
    );

    sim.reinsert_card();
    let message = sim
        .interrupt_in()
        .expect("NotifySlotChange after insertion");
    assert_eq!(
        slot_change(&message, 0),
        Some(SlotChange {
            present: true,
            changed: true
        })
    );
    let mut host = CcidReader::new(SimPipe(&mut sim), &descriptor);
    assert!(block_on(host.card_present()).expect("status"));
    assert!(reads(&mut host, &dump));
}

fn sony_presence(mut sim: Box<dyn SimDevice>, bulk_out: u8, bulk_in: u8, rcs300: bool) {
    let dump = dump();
    sim.remove_card();
    let present = |sim: &mut dyn SimDevice| {
        let pipe = DevicePipe {
            device: sim,
            bulk_out,
            bulk_in,
        };
        if rcs300 {
            block_on(Rcs300Channel::new(pipe).card_present())
        } else {
            block_on(Rcs380Channel::new(pipe).card_present())
        }
    };
    assert_eq!(present(sim.as_mut()), Ok(false));
    sim.reinsert_card();
    // The presence test activates the card; the read that follows uses that session.
    let pipe = DevicePipe {
        device: sim.as_mut(),
        bulk_out,
        bulk_in,
    };
    let read_ok = if rcs300 {
        let mut channel = Rcs300Channel::new(pipe);
        assert_eq!(block_on(channel.card_present()), Ok(true));
        reads(&mut channel, &dump)
    } else {
        let mut channel = Rcs380Channel::new(pipe);
        assert_eq!(block_on(channel.card_present()), Ok(true));
        reads(&mut channel, &dump)
    };
    assert!(read_ok);
}

#[test]
fn rcs300_finds_no_card_then_the_placed_card() {
    sony_presence(
        Box::new(Rcs300Sim::new(Box::new(SimCard::new(dump(), OsRng)))),
        2,
        2,
        true,
    );
}

#[test]
fn rcs380_finds_no_card_then_the_placed_card() {
    sony_presence(
        Box::new(Rcs380Sim::new(Box::new(SimCard::new(dump(), OsRng)))),
        2,
        1,
        false,
    );
}
