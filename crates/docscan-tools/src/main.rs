//! `docscan`: read documents from photos, generate synthetic photos, benchmark.
//!
//!   docscan scan --kind passport|residence-card IMAGE... [--json] [--card-number-only]
//!   docscan synth --kind residence-card --difficulty hard --count 20 --out DIR
//!   docscan bench --count 100 [--kind K] [--difficulty D] [--misses]
//!   docscan sizes                         (model download sizes, raw and brotli)

use std::path::PathBuf;
use std::time::Instant;

use clap::{Parser, Subcommand};
use madoguchi_docscan::{CARD_SMALL_BELOW, ImageView, PAGE_SMALL_BELOW, REVIEW_BELOW, Scanner};
use madoguchi_docscan_tools::bench::{Score, Tally, score_card, score_passport};
use madoguchi_docscan_tools::models::{self, Variant};
use madoguchi_docscan_tools::synth::{self, Difficulty, Fonts, Kind, Truth};
use madoguchi_rules::CivilDate;

#[derive(Parser)]
#[command(
    name = "docscan",
    about = "Reads Residence Cards and passports from photos"
)]
struct Cli {
    /// Folder with the .rten models (default: $MADOGUCHI_DOCSCAN_MODELS or crates/docscan/models).
    #[arg(long, global = true)]
    models: Option<PathBuf>,
    /// Which model build to use.
    #[arg(long, global = true, value_enum, default_value = "shipped")]
    variant: Variant,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads photos and prints the fields, confidences and timings.
    Scan {
        #[arg(long, value_enum)]
        kind: Kind,
        /// Residence Card only: read just the card number (the chip flow's camera button).
        #[arg(long)]
        card_number_only: bool,
        #[arg(long)]
        json: bool,
        /// The day the photos are read on (default: today): it decides the century of MRZ birth
        /// dates, and no birth date is after it.
        #[arg(long)]
        today: Option<String>,
        #[arg(required = true)]
        images: Vec<PathBuf>,
    },
    /// Writes synthetic photos (NNNN.jpg) with their ground truth (NNNN.json).
    Synth {
        #[arg(long, value_enum)]
        kind: Kind,
        #[arg(long, value_enum, default_value = "medium")]
        difficulty: Difficulty,
        #[arg(long, default_value_t = 10)]
        count: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Generates `count` photos per kind and difficulty, reads them and prints accuracy and time.
    Bench {
        #[arg(long, default_value_t = 100)]
        count: u64,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Only this kind (default: both).
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        /// Only this difficulty (default: all three).
        #[arg(long, value_enum)]
        difficulty: Option<Difficulty>,
        /// Also print, on stderr, each photo that was not read fully correctly: its wrong fields,
        /// the read and the truth (to see what fails, not for the benchmark tables).
        #[arg(long)]
        misses: bool,
    },
    /// Model download sizes, raw and brotli.
    Sizes,
}

fn main() {
    let cli = Cli::parse();
    let dir = cli.models.clone().unwrap_or_else(models::default_dir);
    let result = match cli.command {
        Command::Scan {
            kind,
            card_number_only,
            json,
            today,
            images,
        } => scan(
            &dir,
            cli.variant,
            kind,
            card_number_only,
            json,
            today.as_deref(),
            &images,
        ),
        Command::Synth {
            kind,
            difficulty,
            count,
            seed,
            out,
        } => synth_files(kind, difficulty, count, seed, &out),
        Command::Bench {
            count,
            seed,
            kind,
            difficulty,
            misses,
        } => bench(&dir, cli.variant, count, seed, kind, difficulty, misses),
        Command::Sizes => sizes(&dir),
    };
    if let Err(message) = result {
        eprintln!("docscan: {message}");
        std::process::exit(1);
    }
}

/// Today's date from the system clock (UTC), by the days-from-civil inverse.
fn system_today() -> CivilDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    CivilDate::new(year, month, day)
        .unwrap_or_else(|| CivilDate::new(2026, 1, 1).unwrap_or_else(|| unreachable!()))
}

fn decode(bytes: &[u8]) -> Result<image::RgbaImage, String> {
    image::load_from_memory(bytes)
        .map(|i| i.to_rgba8())
        .map_err(|e| e.to_string())
}

fn scan(
    dir: &std::path::Path,
    variant: Variant,
    kind: Kind,
    card_number_only: bool,
    json: bool,
    today: Option<&str>,
    images: &[PathBuf],
) -> Result<(), String> {
    let scanner = models::load(dir, variant)?;
    let today = match today {
        Some(t) => CivilDate::parse_iso(t).ok_or(format!("--today {t}: expected YYYY-MM-DD"))?,
        None => system_today(),
    };
    for path in images {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let started = Instant::now();
        let rgba = decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let decode_ms = started.elapsed().as_secs_f64() * 1000.0;
        let view = ImageView {
            width: rgba.width(),
            height: rgba.height(),
            rgba: rgba.as_raw(),
        };
        let started = Instant::now();
        let output = match (kind, card_number_only) {
            (Kind::Passport | Kind::VisaPage, _) => {
                scanner.scan_passport(view, today).map(serde_json::to_value)
            }
            (Kind::ResidenceCard, false) => {
                scanner.scan_card(view, today).map(serde_json::to_value)
            }
            (Kind::ResidenceCard, true) => scanner.read_card_number(view).map(serde_json::to_value),
        };
        let total_ms = started.elapsed().as_secs_f64() * 1000.0;
        let value = match output {
            Ok(v) => v.map_err(|e| e.to_string())?,
            Err(e) => serde_json::json!({ "error": e.to_string() }),
        };
        let report = serde_json::json!({
            "image": path.display().to_string(),
            "result": value,
            "decode_ms": decode_ms,
            "total_ms": total_ms,
        });
        if json {
            println!(
                "{}",
                serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
            );
        } else {
            print_summary(&report);
        }
    }
    Ok(())
}

/// One line per field: name, value, confidence.
fn print_summary(report: &serde_json::Value) {
    println!(
        "{} ({:.0} ms)",
        report["image"].as_str().unwrap_or(""),
        report["total_ms"].as_f64().unwrap_or(0.0)
    );
    let result = &report["result"];
    let fields = result
        .get("card")
        .or_else(|| result.get("mrz"))
        .unwrap_or(result);
    if let Some(map) = fields.as_object() {
        for (name, field) in map {
            if let Some(confidence) = field.get("confidence").and_then(serde_json::Value::as_f64) {
                let value = &field["value"];
                let shown = value
                    .get("japanese")
                    .or_else(|| value.get("code"))
                    .unwrap_or(value);
                println!("  {name:<18} {shown}  ({confidence:.2})");
            }
        }
    }
    if let Some(error) = result.get("error") {
        println!("  error: {error}");
    }
}

fn synth_files(
    kind: Kind,
    difficulty: Difficulty,
    count: u64,
    seed: u64,
    out: &std::path::Path,
) -> Result<(), String> {
    let fonts = Fonts::load()?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for index in 0..count {
        let sample = synth::generate(&fonts, kind, difficulty, seed, index);
        let stem = out.join(format!("{index:04}"));
        std::fs::write(stem.with_extension("jpg"), &sample.jpeg).map_err(|e| e.to_string())?;
        let truth = serde_json::to_string_pretty(&sample.truth).map_err(|e| e.to_string())?;
        std::fs::write(stem.with_extension("json"), truth + "\n").map_err(|e| e.to_string())?;
    }
    println!("{count} photos in {}", out.display());
    Ok(())
}

fn bench(
    dir: &std::path::Path,
    variant: Variant,
    count: u64,
    seed: u64,
    only: Option<Kind>,
    only_difficulty: Option<Difficulty>,
    misses: bool,
) -> Result<(), String> {
    let fonts = Fonts::load()?;
    let scanner: Scanner = models::load(dir, variant)?;
    let today = CivilDate::new(2026, 11, 22).ok_or("date")?;
    let kinds: Vec<Kind> = only.map_or(vec![Kind::Passport, Kind::ResidenceCard], |k| vec![k]);
    println!(
        "| kind | difficulty | photos | fields correct | documents fully correct | median ms | p95 ms |"
    );
    println!("|---|---|---|---|---|---|---|");
    let mut field_rows = Vec::new();
    let mut number_rows = Vec::new();
    for kind in kinds {
        let difficulties: Vec<Difficulty> =
            only_difficulty.map_or(Difficulty::ALL.to_vec(), |d| vec![d]);
        for difficulty in difficulties {
            let mut tally = Tally::default();
            let mut numbers = Tally::default();
            for index in 0..count {
                let sample = synth::generate(&fonts, kind, difficulty, seed, index);
                let rgba = decode(&sample.jpeg)?;
                let view = ImageView {
                    width: rgba.width(),
                    height: rgba.height(),
                    rgba: rgba.as_raw(),
                };
                let started = Instant::now();
                let (scores, read_json, quality) = match &sample.truth {
                    Truth::Passport(truth) => {
                        let read = scanner.scan_passport(view, today).ok();
                        let scores = score_passport(read.as_ref().map(|r| &r.mrz), truth);
                        let quality = read.as_ref().map(|r| r.quality.clone());
                        (scores, read.map(|r| serde_json::to_string(&r.mrz)), quality)
                    }
                    Truth::ResidenceCard(truth) => {
                        let read = scanner.scan_card(view, today).ok();
                        let scores = score_card(read.as_ref().map(|r| &r.card), truth);
                        let quality = read.as_ref().map(|r| r.quality.clone());
                        (
                            scores,
                            read.map(|r| serde_json::to_string(&(&r.card, &r.lines))),
                            quality,
                        )
                    }
                    // A visa page must be refused, not read: nothing to score.
                    Truth::VisaPage(_) => continue,
                };
                tally.add(&scores, started.elapsed().as_secs_f64() * 1000.0);
                tally.add_size(quality.as_ref().is_some_and(|q| q.small), &scores);
                let wrong: Vec<&str> = scores
                    .iter()
                    .filter(|s| !s.correct)
                    .map(|s| s.field)
                    .collect();
                if misses {
                    let density = quality
                        .and_then(|q| q.pixels_per_mm)
                        .map_or("-".into(), |d| format!("{d:.1}"));
                    eprintln!(
                        "DENSITY {kind:?} {difficulty:?} #{index}: {density} px/mm, {} wrong",
                        wrong.len()
                    );
                }
                if misses && !wrong.is_empty() {
                    let truth = serde_json::to_string(&sample.truth).map_err(|e| e.to_string())?;
                    let read = match read_json {
                        Some(json) => json.map_err(|e| e.to_string())?,
                        None => "(not read)".into(),
                    };
                    eprintln!(
                        "MISS {kind:?} {difficulty:?} #{index}: {wrong:?}\n  read: {read}\n  truth: {truth}"
                    );
                }
                if let Truth::ResidenceCard(truth) = &sample.truth {
                    let started = Instant::now();
                    let read = scanner
                        .read_card_number(view)
                        .ok()
                        .and_then(|r| r.card_number);
                    let right = read.as_deref() == Some(truth.card_number.as_str());
                    if misses && !right {
                        eprintln!(
                            "MISS card-number-only {difficulty:?} #{index}: read {read:?}, truth {}",
                            truth.card_number
                        );
                    }
                    numbers.add(
                        &[Score {
                            field: "card_number",
                            correct: right,
                            flagged: false,
                        }],
                        started.elapsed().as_secs_f64() * 1000.0,
                    );
                }
            }
            let (median, p95) = tally.percentiles();
            println!(
                "| {kind:?} | {difficulty:?} | {} | {:.1} % | {:.1} % | {median:.0} | {p95:.0} |",
                tally.photos,
                tally.field_accuracy() * 100.0,
                tally.documents_correct as f64 * 100.0 / tally.photos.max(1) as f64,
            );
            field_rows.push((kind, difficulty, tally));
            if numbers.photos > 0 {
                number_rows.push((difficulty, numbers));
            }
        }
    }
    println!("\nPer field (correct / scored):\n");
    for (kind, difficulty, tally) in &field_rows {
        let cells: Vec<String> = tally
            .fields
            .iter()
            .map(|(f, (ok, all))| format!("{f} {ok}/{all}"))
            .collect();
        println!("- {kind:?} {difficulty:?}: {}", cells.join(", "));
    }
    println!(
        "\nMarked for review (confidence under {REVIEW_BELOW}, or nothing read): fields read wrong / read right:\n"
    );
    for (kind, difficulty, tally) in &field_rows {
        let share = |(flagged, all): (usize, usize)| {
            format!(
                "{flagged}/{all} ({:.1} %)",
                flagged as f64 * 100.0 / all.max(1) as f64
            )
        };
        let per_field: Vec<String> = tally
            .flags
            .iter()
            .map(|(field, flags)| {
                format!(
                    "{field} {}/{} · {}/{}",
                    flags.wrong.0, flags.wrong.1, flags.right.0, flags.right.1
                )
            })
            .collect();
        println!(
            "- {kind:?} {difficulty:?}: wrong {}, right {} (per field, wrong · right: {})",
            share(tally.all_flags().wrong),
            share(tally.all_flags().right),
            per_field.join(", ")
        );
    }
    println!(
        "\nPhotos the review screen calls small (a card under {CARD_SMALL_BELOW} px/mm, a page under {PAGE_SMALL_BELOW}) and the others:\n"
    );
    println!(
        "| kind | difficulty | small photos | their fields | their documents | other fields | other documents |"
    );
    println!("|---|---|---|---|---|---|---|");
    for (kind, difficulty, tally) in &field_rows {
        let percent = |part: usize, all: usize| {
            if all == 0 {
                "-".to_string()
            } else {
                format!("{:.1} %", part as f64 * 100.0 / all as f64)
            }
        };
        let (small, other) = (tally.small, tally.not_small);
        println!(
            "| {kind:?} | {difficulty:?} | {}/{} | {} | {} | {} | {} |",
            small.photos,
            tally.photos,
            percent(small.fields.0, small.fields.1),
            percent(small.documents_correct, small.photos),
            percent(other.fields.0, other.fields.1),
            percent(other.documents_correct, other.photos),
        );
    }
    if !number_rows.is_empty() {
        println!("\nCard-number-only mode:\n");
        println!("| difficulty | photos | correct | median ms | p95 ms |");
        println!("|---|---|---|---|---|");
        for (difficulty, tally) in &number_rows {
            let (median, p95) = tally.percentiles();
            println!(
                "| {difficulty:?} | {} | {:.1} % | {median:.0} | {p95:.0} |",
                tally.photos,
                tally.documents_correct as f64 * 100.0 / tally.photos.max(1) as f64
            );
        }
    }
    Ok(())
}

fn sizes(dir: &std::path::Path) -> Result<(), String> {
    println!("| file | raw bytes | brotli bytes |");
    println!("|---|---|---|");
    for variant in [Variant::Shipped, Variant::Original] {
        for (file, raw, brotli) in models::sizes(dir, variant)? {
            println!("| {file} | {raw} | {brotli} |");
        }
    }
    Ok(())
}
