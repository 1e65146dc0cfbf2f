//! Where each field sits in the three ICAO 9303 machine-readable zone formats.

use serde::Serialize;

use super::chars::Kind;

/// TD1 (ID cards, 3 × 30), TD2 (3 × 36 → 2 × 36) and TD3 (passports, 2 × 44).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum MrzFormat {
    Td1,
    Td2,
    Td3,
}

impl MrzFormat {
    pub const ALL: [MrzFormat; 3] = [MrzFormat::Td1, MrzFormat::Td2, MrzFormat::Td3];

    pub fn line_count(self) -> usize {
        match self {
            MrzFormat::Td1 => 3,
            MrzFormat::Td2 | MrzFormat::Td3 => 2,
        }
    }

    pub fn line_length(self) -> usize {
        match self {
            MrzFormat::Td1 => 30,
            MrzFormat::Td2 => 36,
            MrzFormat::Td3 => 44,
        }
    }
}

/// A run of characters on one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub line: usize,
    pub start: usize,
    pub len: usize,
}

impl Span {
    const fn new(line: usize, start: usize, len: usize) -> Self {
        Span { line, start, len }
    }

    const fn at(line: usize, col: usize) -> Self {
        Span::new(line, col, 1)
    }

    pub fn positions(self) -> impl Iterator<Item = (usize, usize)> {
        (self.start..self.start + self.len).map(move |col| (self.line, col))
    }
}

/// Field positions of one format.
#[derive(Clone, Debug)]
pub struct Layout {
    pub document_code: Span,
    pub issuing_state: Span,
    pub name: Span,
    pub document_number: Span,
    pub document_number_check: Span,
    pub nationality: Span,
    pub birth_date: Span,
    pub birth_date_check: Span,
    pub sex: Span,
    pub expiry_date: Span,
    pub expiry_date_check: Span,
    pub optional_data: Vec<Span>,
    /// TD3 only: the optional (personal number) field has its own check digit.
    pub optional_data_check: Option<Span>,
    pub composite: Vec<Span>,
    pub composite_check: Span,
}

impl Layout {
    pub fn of(format: MrzFormat) -> Layout {
        match format {
            MrzFormat::Td1 => Layout {
                document_code: Span::new(0, 0, 2),
                issuing_state: Span::new(0, 2, 3),
                document_number: Span::new(0, 5, 9),
                document_number_check: Span::at(0, 14),
                optional_data: vec![Span::new(0, 15, 15), Span::new(1, 18, 11)],
                birth_date: Span::new(1, 0, 6),
                birth_date_check: Span::at(1, 6),
                sex: Span::at(1, 7),
                expiry_date: Span::new(1, 8, 6),
                expiry_date_check: Span::at(1, 14),
                nationality: Span::new(1, 15, 3),
                optional_data_check: None,
                composite: vec![
                    Span::new(0, 5, 25),
                    Span::new(1, 0, 7),
                    Span::new(1, 8, 7),
                    Span::new(1, 18, 11),
                ],
                composite_check: Span::at(1, 29),
                name: Span::new(2, 0, 30),
            },
            MrzFormat::Td2 | MrzFormat::Td3 => {
                let width = format.line_length();
                let optional_len = if format == MrzFormat::Td3 { 14 } else { 7 };
                Layout {
                    document_code: Span::new(0, 0, 2),
                    issuing_state: Span::new(0, 2, 3),
                    name: Span::new(0, 5, width - 5),
                    document_number: Span::new(1, 0, 9),
                    document_number_check: Span::at(1, 9),
                    nationality: Span::new(1, 10, 3),
                    birth_date: Span::new(1, 13, 6),
                    birth_date_check: Span::at(1, 19),
                    sex: Span::at(1, 20),
                    expiry_date: Span::new(1, 21, 6),
                    expiry_date_check: Span::at(1, 27),
                    optional_data: vec![Span::new(1, 28, optional_len)],
                    optional_data_check: (format == MrzFormat::Td3).then_some(Span::at(1, 42)),
                    composite: vec![
                        Span::new(1, 0, 10),
                        Span::new(1, 13, 7),
                        Span::new(1, 21, width - 22),
                    ],
                    composite_check: Span::at(1, width - 1),
                }
            }
        }
    }

    /// The kind of every position, line by line.
    pub fn kinds(&self, format: MrzFormat) -> Vec<Vec<Kind>> {
        let mut kinds = vec![vec![Kind::Letters; format.line_length()]; format.line_count()];
        let mut set = |span: Span, kind: Kind| {
            for (line, col) in span.positions() {
                kinds[line][col] = kind;
            }
        };
        set(self.document_number, Kind::Alnum);
        for span in &self.optional_data {
            set(*span, Kind::Alnum);
        }
        for span in [self.birth_date, self.expiry_date] {
            set(span, Kind::Digits);
        }
        for span in [
            self.document_number_check,
            self.birth_date_check,
            self.expiry_date_check,
            self.composite_check,
        ] {
            set(span, Kind::Digits);
        }
        if let Some(span) = self.optional_data_check {
            set(span, Kind::DigitOrFiller);
        }
        set(self.sex, Kind::Sex);
        kinds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_position_is_inside_its_line() {
        for format in MrzFormat::ALL {
            let layout = Layout::of(format);
            let mut spans = vec![
                layout.document_code,
                layout.issuing_state,
                layout.name,
                layout.document_number,
                layout.nationality,
                layout.birth_date,
                layout.sex,
                layout.expiry_date,
                layout.composite_check,
            ];
            spans.extend(layout.optional_data.iter().copied());
            spans.extend(layout.composite.iter().copied());
            for span in spans {
                assert!(span.line < format.line_count(), "{format:?} {span:?}");
                assert!(
                    span.start + span.len <= format.line_length(),
                    "{format:?} {span:?}"
                );
            }
            let kinds = layout.kinds(format);
            assert_eq!(kinds.len(), format.line_count());
        }
    }
}
