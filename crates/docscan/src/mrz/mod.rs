//! Machine-readable zones (ICAO 9303 TD1, TD2, TD3): from recognised lines to checked fields.
//!
//! Recognised text is noisy: lines come with stray spaces, a filler run one character short, or
//! `O` where `0` belongs. The parser fits each line to its format's width, reads every position
//! as its field type allows (letters-only, digits-only, alphanumeric), and where a check digit
//! still fails, tries the look-alike readings of the least confident characters. Every field
//! reports its confidence and how it stands against its check digit. It never panics.

mod chars;
mod codes;
mod layout;
mod names;
mod printed;
mod repair;
mod reread;

use madoguchi_rules::CivilDate;
use serde::{Serialize, Serializer};

use crate::countries;
use crate::ocr::ctc::RestrictedSteps;
use crate::ocr::pitch::{cells_by_spacing, decode_fixed_pitch};
use crate::text::RecognizedText;
use chars::{Cell, clean, value};
pub(crate) use chars::{Kind, candidates};
pub use chars::{MRZ_ALPHABET, check_digit};
pub use layout::MrzFormat;
use layout::{Layout, Span};
pub use printed::{
    Confirmation, confirm as confirm_with_printed, doubt_glared_names, doubt_unconfirmed_number,
    number_in_doubt, sought_lengths,
};
pub use repair::CheckStatus;
pub use reread::{NumberCells, NumberReread, confirm_number_reread, number_reread_cells};

/// A field read from the zone.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MrzField<T> {
    pub value: T,
    /// 0–1: the recogniser's confidence, raised when a check digit confirms the value and
    /// lowered when it contradicts it.
    pub confidence: f32,
    pub check: CheckStatus,
}

/// Sex as the MRZ gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sex {
    Male,
    Female,
    /// `<` or `X`.
    Unspecified,
}

/// A nationality or issuing-state code with its names when the code is known.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CountryCode {
    pub code: String,
    pub english: Option<&'static str>,
    pub japanese: Option<&'static str>,
}

impl CountryCode {
    fn new(code: &str) -> Self {
        let known = countries::by_code(code);
        CountryCode {
            code: code.trim_end_matches('<').to_owned(),
            english: known.map(|c| c.english),
            japanese: known.map(|c| c.japanese),
        }
    }
}

/// Everything the zone says.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mrz {
    pub format: MrzFormat,
    /// `P`, `PK`, `I<`, `ID`… (filler dropped).
    pub document_code: MrzField<String>,
    pub issuing_state: MrzField<CountryCode>,
    pub surname: MrzField<String>,
    /// Given names separated by spaces.
    pub given_names: MrzField<String>,
    pub document_number: MrzField<String>,
    pub nationality: MrzField<CountryCode>,
    #[serde(serialize_with = "iso_date")]
    pub birth_date: MrzField<Option<CivilDate>>,
    pub sex: MrzField<Sex>,
    #[serde(serialize_with = "iso_date")]
    pub expiry_date: MrzField<Option<CivilDate>>,
    /// Personal number or other optional data, filler dropped.
    pub optional_data: MrzField<String>,
    pub composite_check: CheckStatus,
    /// The zone as finally read, one string per line.
    pub lines: Vec<String>,
    /// The recogniser's confidence in each character of `lines` as it was recognised.
    #[serde(skip)]
    pub confidences: Vec<Vec<f32>>,
    /// The zone as recognised, before check digits and field types decided its look-alikes.
    #[serde(skip)]
    pub recognised: Vec<Vec<char>>,
    /// Two readings of the zone, each agreeing with the check digit its own way, gave two
    /// numbers ([`number_in_doubt`]).
    #[serde(skip)]
    pub number_disputed: bool,
}

impl Mrz {
    /// Every check digit's status: the document number's, the dates', the composite, and last
    /// the optional data's (which TD3 zones may leave without one).
    pub fn checks(&self) -> [CheckStatus; 5] {
        [
            self.document_number.check,
            self.birth_date.check,
            self.expiry_date.check,
            self.composite_check,
            self.optional_data.check,
        ]
    }

    /// Whether every check digit (after repair) agrees.
    pub fn checks_pass(&self) -> bool {
        let [required @ .., optional] = self.checks();
        required.iter().all(|c| c.passed()) && optional != CheckStatus::Invalid
    }

    /// Whether every check digit agrees with the characters as recognised, none repaired.
    pub fn checks_pass_unrepaired(&self) -> bool {
        self.checks_pass() && !self.checks().contains(&CheckStatus::Repaired)
    }
}

fn iso_date<S: Serializer>(field: &MrzField<Option<CivilDate>>, s: S) -> Result<S::Ok, S::Error> {
    let as_text = MrzField {
        value: field.value.map(|d| d.to_string()),
        confidence: field.confidence,
        check: field.check,
    };
    as_text.serialize(s)
}

/// A field of the zone, to ask where it is printed ([`field_span`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MrzFieldId {
    DocumentCode,
    IssuingState,
    /// Surname and given names share one run.
    Name,
    DocumentNumber,
    Nationality,
    BirthDate,
    Sex,
    ExpiryDate,
    /// Its first run (TD1 has two).
    OptionalData,
}

/// Where a field is printed: (line, first column, length) in the format's grid.
pub fn field_span(format: MrzFormat, field: MrzFieldId) -> (usize, usize, usize) {
    let layout = Layout::of(format);
    let span = match field {
        MrzFieldId::DocumentCode => layout.document_code,
        MrzFieldId::IssuingState => layout.issuing_state,
        MrzFieldId::Name => layout.name,
        MrzFieldId::DocumentNumber => layout.document_number,
        MrzFieldId::Nationality => layout.nationality,
        MrzFieldId::BirthDate => layout.birth_date,
        MrzFieldId::Sex => layout.sex,
        MrzFieldId::ExpiryDate => layout.expiry_date,
        MrzFieldId::OptionalData => layout.optional_data.first().copied().unwrap_or(layout.name),
    };
    (span.line, span.start, span.len)
}

/// Why no zone could be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MrzError {
    #[error("no machine-readable zone in the text")]
    NotFound,
    #[error("lines of {lengths:?} characters match no MRZ format")]
    UnknownFormat { lengths: Vec<usize> },
}

/// Reads a zone from plain text (lines separated by newlines), e.g. typed or pasted.
pub fn parse_text(text: &str, today: CivilDate) -> Result<Mrz, MrzError> {
    let lines: Vec<RecognizedText> = text.lines().map(RecognizedText::certain).collect();
    parse(&lines, today)
}

/// Reads a zone from recognised lines (top to bottom; other text around it is ignored).
/// `today` decides the century of the birth date.
pub fn parse(lines: &[RecognizedText], today: CivilDate) -> Result<Mrz, MrzError> {
    parse_zone(lines, today, false)
}

/// [`parse`] for lines known to be a zone's, found where nothing else was: a line whose every
/// filler chevron read as a letter (`PCKORRANSCKHAEUMEEAKEKCEEEE…`, blurred) counts as one of
/// the zone's beside a line that reads filler. Its names come out unsure, but the other line's
/// dates, sex and codes, which check digits cover, are read.
pub fn parse_blurred(lines: &[RecognizedText], today: CivilDate) -> Result<Mrz, MrzError> {
    parse_zone(lines, today, true)
}

fn parse_zone(
    lines: &[RecognizedText],
    today: CivilDate,
    filler_as_letters: bool,
) -> Result<Mrz, MrzError> {
    let (zone_lines, zone_steps): (Vec<Vec<Cell>>, Vec<Option<&RestrictedSteps>>) = lines
        .iter()
        .map(|line| {
            let cells: Vec<Cell> = line
                .chars_with_confidence()
                .filter_map(|(ch, confidence)| clean(ch).map(|ch| Cell { ch, confidence }))
                .collect();
            (cells, line.steps.as_deref())
        })
        .filter(|(cells, _)| looks_like_mrz(cells) || (filler_as_letters && in_mrz_alphabet(cells)))
        .unzip();
    if !zone_lines.iter().any(|cells| looks_like_mrz(cells)) {
        return Err(MrzError::NotFound);
    }
    let spans: Vec<LineSpan> = zone_lines
        .iter()
        .zip(&zone_steps)
        .map(|(cells, steps)| LineSpan::of(cells, *steps))
        .collect();
    let (format, picked) = choose_format(&spans).ok_or_else(|| MrzError::UnknownFormat {
        lengths: zone_lines.iter().map(Vec::len).collect(),
    })?;
    let layout = Layout::of(format);
    let kinds = layout.kinds(format);
    // Fit each line to the width, keeping the variant under which most check digits agree
    // (the first on a tie: the fixed-pitch reading where there is one).
    let line_options: Vec<Vec<Vec<Cell>>> = picked
        .map(|index| {
            fitted_lines(
                &zone_lines[index],
                zone_steps[index],
                spans[index],
                format.line_length(),
            )
        })
        .collect();
    let mut grid: Vec<Vec<Cell>> = line_options.iter().map(|o| o[0].clone()).collect();
    for (index, options) in line_options.into_iter().enumerate() {
        if options.len() < 2 {
            continue;
        }
        let mut best: Option<(usize, Vec<Cell>)> = None;
        for option in options {
            grid[index] = option.clone();
            let passed = Reading::new(&grid, &layout, &kinds).passed_checks();
            if best.as_ref().is_none_or(|(score, _)| passed > *score) {
                best = Some((passed, option));
            }
        }
        if let Some((_, option)) = best {
            grid[index] = option;
        }
    }
    Ok(Reading::new(&grid, &layout, &kinds).into_mrz(format, &layout, today))
}

/// Most confidence in a field no check digit covers whose characters were read as others
/// (a digit in a name read as its look-alike letter): not what the recogniser read, and
/// nothing confirms it, so the review screen asks (under [`crate::REVIEW_BELOW`]).
const CHANGED_UNCOVERED_CONFIDENCE: f32 = 0.75;

/// How many characters a greedy reading may miss or add for its fixed-pitch decoding to count.
const PITCH_LENGTH_TOLERANCE: usize = 2;
/// How much less probable (natural log, over the whole line) the fixed-pitch reading may be
/// than the greedy one. A letter put back costs under one; the forced readings of lines cut
/// short or with noise at an end cost eight and more on the generated passports.
const PITCH_MAX_COST: f32 = 3.0;

/// MRZ lines are long, almost entirely in the MRZ alphabet, and hold filler.
fn looks_like_mrz(line: &[Cell]) -> bool {
    in_mrz_alphabet(line) && line.iter().any(|c| c.ch == '<')
}

/// A line long enough for a zone's and almost entirely in the MRZ alphabet.
fn in_mrz_alphabet(line: &[Cell]) -> bool {
    let unreadable = line.iter().filter(|c| c.ch == '?').count();
    line.len() >= 24 && unreadable * 5 <= line.len()
}

/// How long a zone line is: as read, and as its characters' spacing lays it out.
#[derive(Clone, Copy, Debug)]
struct LineSpan {
    read: usize,
    /// Cells from the first character to the last at the line's typical pitch
    /// ([`cells_by_spacing`]); `None` for typed text or too few characters.
    by_spacing: Option<f32>,
}

impl LineSpan {
    fn of(cells: &[Cell], steps: Option<&RestrictedSteps>) -> LineSpan {
        LineSpan {
            read: cells.len(),
            by_spacing: steps.and_then(cells_by_spacing),
        }
    }

    /// How far the line is from `width` characters. A line may read short where a run of
    /// filler merged or glare swallowed cells, but its spacing still spans the printed width:
    /// the nearer of the two counts.
    fn misfit(&self, width: usize) -> f32 {
        let read = self.read.abs_diff(width) as f32;
        self.by_spacing
            .map_or(read, |cells| read.min((cells - width as f32).abs()))
    }

    /// Whether its spacing says it is `width` characters long, whatever it read as.
    fn spaced_as(&self, width: usize) -> bool {
        self.by_spacing
            .is_some_and(|cells| (cells - width as f32).abs() <= SPACING_TOLERANCE)
    }
}

/// How far (in cells) a line's length by spacing may be from a format's width and still be
/// that width: measured on the generated passports, whole lines come within 0.6 of 44.
const SPACING_TOLERANCE: f32 = 1.0;

/// The format whose line count and width fit the last lines best, and which lines those are.
fn choose_format(lines: &[LineSpan]) -> Option<(MrzFormat, std::ops::Range<usize>)> {
    const TOLERANCE: f32 = 6.0;
    MrzFormat::ALL
        .into_iter()
        .filter(|f| lines.len() >= f.line_count())
        .filter_map(|format| {
            let picked = lines.len() - format.line_count()..lines.len();
            let misfits: Vec<f32> = lines[picked.clone()]
                .iter()
                .map(|l| l.misfit(format.line_length()))
                .collect();
            let fits = misfits.iter().all(|m| *m <= TOLERANCE);
            // Prefer more lines on a tie: three 30-character lines are TD1, not a TD2 pair.
            fits.then(|| {
                (
                    misfits.iter().sum::<f32>(),
                    usize::MAX - format.line_count(),
                    format,
                    picked,
                )
            })
        })
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, _, format, picked)| (format, picked))
}

/// The line read as exactly `width` characters: first the fixed-pitch decoding of the
/// recogniser's steps (when it kept them and it is a likely reading), then the greedy reading
/// fitted to the width.
fn fitted_lines(
    line: &[Cell],
    steps: Option<&RestrictedSteps>,
    span: LineSpan,
    width: usize,
) -> Vec<Vec<Cell>> {
    let pitched = steps
        // A line a character or more short or long has likely been cut or joined with
        // something else, and its pitch cannot be taken from its ends, unless its spacing
        // says it spans the width (filler merged, glare over a few cells).
        .filter(|_| line.len().abs_diff(width) <= PITCH_LENGTH_TOLERANCE || span.spaced_as(width))
        .and_then(|steps| decode_fixed_pitch(steps, width))
        .filter(|pitched| pitched.cost <= PITCH_MAX_COST)
        .map(|pitched| {
            pitched
                .text
                .chars_with_confidence()
                .map(|(ch, confidence)| Cell {
                    ch: clean(ch).unwrap_or('?'),
                    confidence,
                })
                .collect::<Vec<Cell>>()
        });
    // Made up to its width by more than a couple of cells, a line's characters may sit in
    // other cells than they were printed in (glare swallowed some, filler ran together):
    // where each is, is a guess, and a name there no check digit covers is doubted.
    let mut fitted = fit_candidates(line, width);
    if line.len() + PITCH_LENGTH_TOLERANCE < width {
        for cell in fitted.iter_mut().flatten() {
            cell.confidence = cell.confidence.min(GUESSED_CELL_CONFIDENCE);
        }
    }
    pitched.into_iter().chain(fitted).collect()
}

/// The most a cell of a line fitted to its width by guesswork is believed.
const GUESSED_CELL_CONFIDENCE: f32 = 0.5;

/// Ways to make a line exactly `width` long: add or drop filler in one filler run, or at the
/// end. The first is the plain pad/cut at the end.
fn fit_candidates(line: &[Cell], width: usize) -> Vec<Vec<Cell>> {
    let filler = Cell {
        ch: '<',
        confidence: 0.5,
    };
    let mut at_end = line.to_vec();
    at_end.resize(width, filler);
    let mut out = vec![at_end];
    if line.len() == width {
        return out;
    }
    let runs = filler_runs(line);
    if line.len() < width {
        let missing = width - line.len();
        for (start, _) in &runs {
            let mut fitted = line.to_vec();
            fitted.splice(*start..*start, std::iter::repeat_n(filler, missing));
            out.push(fitted);
        }
    } else {
        let extra = line.len() - width;
        for (start, len) in &runs {
            if *len >= extra {
                let mut fitted = line.to_vec();
                fitted.drain(*start..*start + extra);
                out.push(fitted);
            }
        }
        out.push(line[extra..].to_vec());
    }
    out
}

fn filler_runs(line: &[Cell]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < line.len() {
        if line[i].ch == '<' {
            let start = i;
            while i < line.len() && line[i].ch == '<' {
                i += 1;
            }
            runs.push((start, i - start));
        } else {
            i += 1;
        }
    }
    runs
}

/// The zone read position by position, with the checked fields resolved.
struct Reading {
    raw: Vec<Vec<Cell>>,
    chars: Vec<Vec<char>>,
    document_number: CheckStatus,
    /// Extra characters of a document number longer than nine (TD1/TD2, in the optional data).
    document_number_extension: Option<Vec<(usize, usize)>>,
    birth_date: CheckStatus,
    expiry_date: CheckStatus,
    optional_data: CheckStatus,
    composite: CheckStatus,
}

impl Reading {
    fn new(grid: &[Vec<Cell>], layout: &Layout, kinds: &[Vec<Kind>]) -> Reading {
        let raw = grid.to_vec();
        let mut options: Vec<Vec<Vec<char>>> = grid
            .iter()
            .zip(kinds)
            .map(|(line, kinds)| {
                line.iter()
                    .zip(kinds)
                    .map(|(c, k)| candidates(c.ch, *k))
                    .collect()
            })
            .collect();
        for span in std::iter::once(&layout.document_number).chain(&layout.optional_data) {
            prefer_filler_in_padding(&mut options, grid, *span);
        }
        let chars: Vec<Vec<char>> = options
            .iter()
            .map(|line| line.iter().map(|o| o[0]).collect())
            .collect();
        let mut reading = Reading {
            raw,
            chars,
            document_number: CheckStatus::Invalid,
            document_number_extension: None,
            birth_date: CheckStatus::Invalid,
            expiry_date: CheckStatus::Invalid,
            optional_data: CheckStatus::NotCovered,
            composite: CheckStatus::Invalid,
        };
        let check_char = reading.raw_at(layout.document_number_check);
        let extension = (check_char == '<' && layout.optional_data_check.is_none())
            .then(|| extended_number(&reading.chars, layout))
            .flatten();
        reading.document_number = match &extension {
            Some(positions) => {
                let check = layout.document_number_check;
                reading.chars[check.line][check.start] = '<';
                let mut all: Vec<(usize, usize)> = layout.document_number.positions().collect();
                all.extend_from_slice(positions);
                reading.resolve(&all, &options, repair::letters_lead)
            }
            None => {
                let positions: Vec<_> = layout
                    .document_number
                    .positions()
                    .chain(layout.document_number_check.positions())
                    .collect();
                reading.resolve(&positions, &options, repair::letters_lead)
            }
        };
        reading.document_number_extension = extension;
        reading.birth_date =
            reading.resolve_span(layout.birth_date, layout.birth_date_check, &options);
        reading.expiry_date =
            reading.resolve_span(layout.expiry_date, layout.expiry_date_check, &options);
        if let Some(check) = layout.optional_data_check {
            reading.optional_data = reading.resolve_span(layout.optional_data[0], check, &options);
        }
        let raw_check = reading.raw_at(layout.composite_check);
        reading.composite = match composite_agrees(layout, &reading.chars) {
            true if raw_check == reading.at(layout.composite_check) => CheckStatus::Valid,
            true => CheckStatus::Repaired,
            false => CheckStatus::Invalid,
        };
        reading
    }

    fn at(&self, span: Span) -> char {
        self.chars[span.line][span.start]
    }

    fn raw_at(&self, span: Span) -> char {
        self.raw[span.line][span.start].ch
    }

    fn resolve_span(&mut self, data: Span, check: Span, options: &[Vec<Vec<char>>]) -> CheckStatus {
        let positions: Vec<_> = data.positions().chain(check.positions()).collect();
        self.resolve(&positions, options, |_| 0.0)
    }

    fn resolve(
        &mut self,
        positions: &[(usize, usize)],
        options: &[Vec<Vec<char>>],
        prior: fn(&[char]) -> f32,
    ) -> CheckStatus {
        let field_options: Vec<Vec<char>> = positions
            .iter()
            .map(|&(l, c)| options[l][c].clone())
            .collect();
        let confidences: Vec<f32> = positions
            .iter()
            .map(|&(l, c)| self.raw[l][c].confidence)
            .collect();
        let raw: Vec<char> = positions.iter().map(|&(l, c)| self.raw[l][c].ch).collect();
        let (reading, status) = repair::resolve(&field_options, &confidences, &raw, prior);
        for (&(l, c), ch) in positions.iter().zip(reading) {
            self.chars[l][c] = ch;
        }
        status
    }

    fn passed_checks(&self) -> usize {
        [
            self.document_number,
            self.birth_date,
            self.expiry_date,
            self.optional_data,
            self.composite,
        ]
        .iter()
        .filter(|s| s.passed())
        .count()
    }

    fn text(&self, span: Span) -> String {
        span.positions().map(|(l, c)| self.chars[l][c]).collect()
    }

    fn min_confidence(&self, spans: &[Span]) -> f32 {
        spans
            .iter()
            .flat_map(|s| s.positions())
            .map(|(l, c)| self.raw[l][c].confidence)
            .fold(1.0, f32::min)
    }

    /// Whether any position of the spans reads differently from what was recognised.
    fn changed(&self, spans: &[Span]) -> bool {
        spans
            .iter()
            .flat_map(|s| s.positions())
            .any(|(l, c)| self.raw[l][c].ch != self.chars[l][c])
    }

    fn checked<T>(&self, value: T, spans: &[Span], check: CheckStatus) -> MrzField<T> {
        let recognised = self.min_confidence(spans);
        let confidence = match check {
            CheckStatus::NotCovered if self.changed(spans) => {
                recognised.min(CHANGED_UNCOVERED_CONFIDENCE)
            }
            _ => check.confidence(recognised),
        };
        MrzField {
            value,
            confidence,
            check,
        }
    }

    fn country(&self, span: Span) -> MrzField<CountryCode> {
        let code = CountryCode::new(&self.text(span));
        let mut field = self.checked(code, &[span], CheckStatus::NotCovered);
        if field.value.english.is_none() {
            field.confidence = field.confidence.min(0.5);
        }
        field
    }

    fn into_mrz(mut self, format: MrzFormat, layout: &Layout, today: CivilDate) -> Mrz {
        let (line, start, len) = (layout.name.line, layout.name.start, layout.name.len);
        let confidences: Vec<f32> = self.raw[line][start..][..len]
            .iter()
            .map(|c| c.confidence)
            .collect();
        names::clear_stray_letters(&mut self.chars[line][start..][..len], &confidences);
        let name = self.text(layout.name);
        let (surname, given) = split_name(&name);
        let (surname_cells, given_cells) =
            names::confidence_cells(&self.chars[line][start..][..len]);
        let cells_span = |cells: std::ops::Range<usize>| Span {
            line,
            start: start + cells.start,
            len: cells.len(),
        };
        let mut number = self.text(layout.document_number);
        if let Some(extra) = &self.document_number_extension {
            // The last extension character is the check digit.
            let digits: String = extra.iter().map(|&(l, c)| self.chars[l][c]).collect();
            number.push_str(&digits[..digits.len().saturating_sub(1)]);
        }
        let number = number.trim_end_matches('<').to_owned();
        let optional: String = layout
            .optional_data
            .iter()
            .map(|s| self.text(*s))
            .collect::<Vec<_>>()
            .join("");
        let optional = if self.document_number_extension.is_some() {
            String::new()
        } else {
            optional.trim_matches('<').to_owned()
        };
        let birth = date(&self.text(layout.birth_date), |yy| {
            let this_century = 2000 + yy;
            if this_century > today.year() {
                1900 + yy
            } else {
                this_century
            }
        });
        let birth = birth.filter(|d| *d <= today);
        let expiry = date(&self.text(layout.expiry_date), |yy| {
            if 2000 + yy > today.year() + 50 {
                1900 + yy
            } else {
                2000 + yy
            }
        });
        let sex = match self.at(layout.sex) {
            'M' => Sex::Male,
            'F' => Sex::Female,
            _ => Sex::Unspecified,
        };
        let number_spans = [layout.document_number, layout.document_number_check];
        let mut optional_spans = layout.optional_data.clone();
        optional_spans.extend(layout.optional_data_check);
        let date_status = |status: CheckStatus, parsed: &Option<CivilDate>| match parsed {
            Some(_) => status,
            None => CheckStatus::Invalid,
        };
        let birth_check = date_status(self.birth_date, &birth);
        let expiry_check = date_status(self.expiry_date, &expiry);
        let mut mrz = Mrz {
            format,
            document_code: self.checked(
                self.text(layout.document_code)
                    .trim_end_matches('<')
                    .to_owned(),
                &[layout.document_code],
                CheckStatus::NotCovered,
            ),
            issuing_state: self.country(layout.issuing_state),
            surname: self.checked(
                surname,
                &[cells_span(surname_cells)],
                CheckStatus::NotCovered,
            ),
            given_names: self.checked(given, &[cells_span(given_cells)], CheckStatus::NotCovered),
            document_number: self.checked(number, &number_spans, self.document_number),
            nationality: self.country(layout.nationality),
            birth_date: self.checked(
                birth,
                &[layout.birth_date, layout.birth_date_check],
                birth_check,
            ),
            sex: self.checked(sex, &[layout.sex], CheckStatus::NotCovered),
            expiry_date: self.checked(
                expiry,
                &[layout.expiry_date, layout.expiry_date_check],
                expiry_check,
            ),
            optional_data: self.checked(optional, &optional_spans, self.optional_data),
            composite_check: self.composite,
            lines: self.chars.iter().map(|l| l.iter().collect()).collect(),
            confidences: self
                .raw
                .iter()
                .map(|l| l.iter().map(|c| c.confidence).collect())
                .collect(),
            recognised: self
                .raw
                .iter()
                .map(|l| l.iter().map(|c| c.ch).collect())
                .collect(),
            number_disputed: false,
        };
        codes::vouch_for_each_other(&mut mrz.issuing_state, &mut mrz.nationality);
        codes::snap_unknown(&mut mrz.issuing_state, &mut mrz.nationality);
        if !self.composite.passed() {
            // One of the covered fields (or the composite digit itself) is wrong.
            for field_confidence in [
                &mut mrz.document_number.confidence,
                &mut mrz.birth_date.confidence,
                &mut mrz.expiry_date.confidence,
                &mut mrz.optional_data.confidence,
            ] {
                *field_confidence = field_confidence.min(0.7);
            }
        }
        mrz
    }
}

/// Alphanumeric fields are left-aligned and padded with filler, so a K or L word after the
/// padding starts is more likely filler than data: read it as filler first. Check digits cannot
/// tell (K = 20 and L = 21 vanish at weight-1 positions modulo 10), so this must be decided here.
fn prefer_filler_in_padding(options: &mut [Vec<Vec<char>>], grid: &[Vec<Cell>], span: Span) {
    let cells = &grid[span.line][span.start..span.start + span.len];
    let Some(padding_start) = cells.iter().position(|c| c.ch == '<') else {
        return;
    };
    let mut col = padding_start;
    while col < cells.len() {
        let word_end = (col..cells.len())
            .find(|&i| cells[i].ch == '<')
            .unwrap_or(cells.len());
        let word = &cells[col..word_end];
        if !word.is_empty() && word.iter().all(|c| matches!(c.ch, 'K' | 'L')) {
            for i in col..word_end {
                let position = &mut options[span.line][span.start + i];
                position.retain(|&c| c != '<');
                position.insert(0, '<');
            }
        }
        col = word_end + 1;
    }
}

/// Whether the composite check digit agrees with the zone's characters, `chars` line by line
/// (`false` when a covered position is missing).
fn composite_agrees(layout: &Layout, chars: &[Vec<char>]) -> bool {
    let at = |(line, col): (usize, usize)| chars.get(line).and_then(|l| l.get(col)).copied();
    let covered: Option<Vec<char>> = layout
        .composite
        .iter()
        .flat_map(|span| span.positions())
        .chain(layout.composite_check.positions())
        .map(at)
        .collect();
    covered.is_some_and(|covered| check_status(&covered))
}

fn check_status(chars: &[char]) -> bool {
    match chars.split_last() {
        Some((check, data)) => {
            check.is_ascii_digit() && check_digit(data.iter().copied()) == value(*check)
        }
        None => false,
    }
}

/// TD1/TD2 numbers longer than nine characters continue in the optional data, ending with
/// their check digit before the next filler.
fn extended_number(chars: &[Vec<char>], layout: &Layout) -> Option<Vec<(usize, usize)>> {
    let optional = layout.optional_data.first()?;
    let positions: Vec<(usize, usize)> = optional
        .positions()
        .take_while(|&(l, c)| chars[l][c] != '<')
        .collect();
    (positions.len() >= 2).then_some(positions)
}

/// `YYMMDD` with the century chosen by `year_of`; `None` when unknown (`<<`) or impossible.
fn date(text: &str, year_of: impl Fn(i32) -> i32) -> Option<CivilDate> {
    if text.len() != 6 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u8>().ok();
    let (yy, mm, dd) = (number(0..2)?, number(2..4)?, number(4..6)?);
    CivilDate::new(year_of(i32::from(yy)), mm, dd)
}

/// `ERIKSSON<<ANNA<MARIA<<<` → ("ERIKSSON", "ANNA MARIA").
fn split_name(name: &str) -> (String, String) {
    let words = |part: &str| {
        part.split('<')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    match name.split_once("<<") {
        Some((surname, given)) => (words(surname), words(given)),
        None => (words(name), String::new()),
    }
}

#[cfg(test)]
mod tests;
