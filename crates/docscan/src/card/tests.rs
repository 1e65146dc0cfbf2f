use super::*;

fn line(text: &str, x0: f32, y0: f32, x1: f32, y1: f32) -> CardLine {
    CardLine {
        text: RecognizedText::new(text.to_owned(), vec![0.95; text.chars().count()]),
        bounds: Rect::new(x0, y0, x1, y1),
    }
}

fn d(text: &str) -> CivilDate {
    CivilDate::parse_iso(text).unwrap_or_else(|| unreachable!("{text}"))
}

/// The card's fields read on the tests' day.
fn read_card(lines: &[CardLine]) -> CardFront {
    read_front(lines, d("2026-11-22"))
}

/// Lines as the detector splits a 2012-design card: labels and values apart or together.
fn residence_card() -> Vec<CardLine> {
    vec![
        line("在留カード", 0.03, 0.02, 0.25, 0.09),
        line("番号 AB12345678CD", 0.55, 0.03, 0.97, 0.09),
        line("氏名", 0.03, 0.13, 0.09, 0.18),
        line("NGUYEN VAN AN", 0.12, 0.12, 0.55, 0.19),
        line("生年月日 1985年12月31日", 0.03, 0.22, 0.36, 0.27),
        line("性別 男 M.", 0.37, 0.22, 0.5, 0.27),
        line("国籍・地域 べトナム", 0.51, 0.22, 0.74, 0.27),
        line(
            "住居地 東京都新宿区西新宿二丁目8番1号",
            0.03,
            0.31,
            0.72,
            0.37,
        ),
        line("在留資格", 0.03, 0.41, 0.13, 0.46),
        line("技术·人文知识·国际业务", 0.15, 0.42, 0.68, 0.5),
        line(
            "就労制限の有無 在留資格に基づく就労活動のみ可",
            0.03,
            0.56,
            0.7,
            0.61,
        ),
        line(
            "在留期間(満了日) 4年3月 (2029年07月01日)",
            0.03,
            0.64,
            0.7,
            0.69,
        ),
        line(
            "許可の種類 在留期間更新許可(東京出入国在留管理局長)",
            0.03,
            0.72,
            0.7,
            0.76,
        ),
        line(
            "許可年月日 2025年04月01日 交付年月日 2025年04月02日",
            0.03,
            0.77,
            0.7,
            0.81,
        ),
        line(
            "このカードは 2029年07月01日 まで有効です。",
            0.05,
            0.88,
            0.6,
            0.94,
        ),
    ]
}

#[test]
fn reads_every_field_of_a_residence_card() {
    let card = read_card(&residence_card());
    assert_eq!(card.kind, CardKind::ResidenceCard);
    let value = |f: &Option<CardField<String>>| f.as_ref().map(|f| f.value.clone());
    assert_eq!(value(&card.card_number).as_deref(), Some("AB12345678CD"));
    assert_eq!(value(&card.name).as_deref(), Some("NGUYEN VAN AN"));
    assert_eq!(
        card.birth_date.as_ref().map(|f| f.value),
        Some(PrintedDate {
            date: d("1985-12-31"),
            calendar: Calendar::Gregorian
        })
    );
    assert_eq!(card.sex.as_ref().map(|f| f.value), Some(Sex::Male));
    assert_eq!(card.nationality.as_ref().map(|f| f.value.key), Some("VNM"));
    let address = card.address.as_ref().map(|f| &f.value);
    assert_eq!(
        address.and_then(|a| a.prefecture).map(|p| p.japanese),
        Some("東京都")
    );
    assert_eq!(
        address.map(|a| a.text.as_str()),
        Some("東京都新宿区西新宿二丁目8番1号")
    );
    assert_eq!(
        card.status.as_ref().map(|f| f.value.key),
        Some("engineer-humanities-international")
    );
    assert_eq!(
        card.work_restriction.as_ref().map(|f| f.value.key),
        Some("status-only")
    );
    assert_eq!(
        card.period_of_stay.as_ref().map(|f| f.value),
        Some(PeriodOfStay::Term {
            years: 4,
            months: 3,
            days: 0
        })
    );
    assert_eq!(
        card.expiry_date.as_ref().map(|f| f.value),
        Some(d("2029-07-01"))
    );
    assert_eq!(
        card.card_valid_until.as_ref().map(|f| f.value),
        Some(d("2029-07-01"))
    );
    for (field, confidence) in card.confidences() {
        assert!((0.0..=1.0).contains(&confidence), "{field}");
    }
    let json = serde_json::to_value(&card).unwrap_or_default();
    assert_eq!(json["expiry_date"]["value"], "2029-07-01");
    assert_eq!(json["birth_date"]["value"]["date"], "1985-12-31");
}

/// A line read at 0.99 but for the characters `unsure` (0.5), at `bounds` (x0, y0, x1, y1).
fn unsure_at(text: &str, unsure: &[char], bounds: (f32, f32, f32, f32)) -> CardLine {
    let confidences = text
        .chars()
        .map(|c| if unsure.contains(&c) { 0.5 } else { 0.99 })
        .collect();
    CardLine {
        text: RecognizedText::new(text.to_owned(), confidences),
        bounds: Rect::new(bounds.0, bounds.1, bounds.2, bounds.3),
    }
}

#[test]
fn unsure_brackets_stops_and_spaces_leave_a_fields_confidence_alone() {
    // As on a clean card: the value's characters sure, `.`, `（` and a space not.
    let mut lines = residence_card();
    lines[5] = unsure_at("性別 男M.", &['.', ' '], (0.37, 0.22, 0.5, 0.27));
    lines[11] = unsure_at(
        "4年3月（2029年07月01日）",
        &['（', '）'],
        (0.03, 0.64, 0.7, 0.69),
    );
    // A label's unsure middle dot is not the value's.
    lines[6] = unsure_at("国籍・地域 ベトナム", &['・'], (0.51, 0.22, 0.74, 0.27));
    let card = read_card(&lines);
    let nationality = card.nationality.as_ref().map_or(0.0, |f| f.confidence);
    assert!(nationality >= crate::REVIEW_BELOW, "{nationality}");
    let sex = card.sex.as_ref().map_or(0.0, |f| f.confidence);
    let expiry = card.expiry_date.as_ref().map_or(0.0, |f| f.confidence);
    assert!(sex >= crate::REVIEW_BELOW, "{sex}");
    assert!(expiry >= crate::REVIEW_BELOW, "{expiry}");
    // An unsure digit still marks its field.
    lines[11] = unsure_at("4年3月（2029年07月01日）", &['7'], (0.03, 0.64, 0.7, 0.69));
    let card = read_card(&lines);
    let expiry = card.expiry_date.as_ref().map_or(1.0, |f| f.confidence);
    assert!(expiry < crate::REVIEW_BELOW, "{expiry}");
    // The period is as sure as its own characters, not the date beside it.
    let period = card.period_of_stay.as_ref().map_or(0.0, |f| f.confidence);
    assert!(period >= crate::REVIEW_BELOW, "{period}");
}

#[test]
fn a_card_number_run_into_the_title_is_as_sure_as_its_own_characters() {
    let text = "SPECIAL PRMANENT RESIDET CERTTE AB12345678CD";
    let mut confidences = vec![0.4; text.chars().count()];
    let number_start = confidences.len() - 12;
    confidences[number_start..].fill(0.98);
    let mut lines = residence_card();
    lines[1] = CardLine {
        text: RecognizedText::new(text.to_owned(), confidences),
        bounds: Rect::new(0.55, 0.03, 0.97, 0.09),
    };
    let card = read_card(&lines);
    let number = card
        .card_number
        .as_ref()
        .map(|f| (f.value.as_str(), f.confidence));
    assert!(
        number.is_some_and(|(n, c)| n == "AB12345678CD" && c >= crate::REVIEW_BELOW),
        "{number:?}"
    );
}

#[test]
fn a_date_is_as_sure_as_its_own_characters() {
    let validity = |unsure: &[char]| {
        unsure_at(
            "このカードは 2029年07月01日 まで有効です。",
            unsure,
            (0.03, 0.87, 0.5, 0.93),
        )
    };
    let validity_confidence = |unsure: &[char]| {
        let mut lines = residence_card();
        let last = lines.len() - 1;
        lines[last] = validity(unsure);
        let card = read_card(&lines);
        card.card_valid_until.as_ref().map_or(0.0, |f| f.confidence)
    };
    // The boilerplate around the date read unsurely (`カ`, `ー`, `効`, as on blurred cards).
    let around = validity_confidence(&['カ', 'ー', '効']);
    assert!(around >= crate::REVIEW_BELOW, "{around}");
    let in_date = validity_confidence(&['9']);
    assert!(in_date < crate::REVIEW_BELOW, "{in_date}");
}

#[test]
fn a_prefecture_read_clearly_is_sure_though_its_address_is_not() {
    let address_line = |unsure: char| {
        let text = "住居地 東京都新宿区西新宿二丁目8番1号 グランハイツ101号室";
        let confidences = text
            .chars()
            .map(|c| if c == unsure { 0.4 } else { 0.97 })
            .collect();
        CardLine {
            text: RecognizedText::new(text.to_owned(), confidences),
            bounds: Rect::new(0.03, 0.31, 0.72, 0.37),
        }
    };
    let mut lines = residence_card();
    lines[7] = address_line('グ');
    let card = read_card(&lines);
    let address = card.address.as_ref().map(|f| (f.confidence, &f.value));
    let Some((confidence, value)) = address else {
        unreachable!("no address")
    };
    assert!(confidence < crate::REVIEW_BELOW, "{confidence}");
    assert_eq!(value.prefecture.map(|p| p.key), Some("13"));
    assert!(value.prefecture_confidence.is_some_and(|c| c > 0.9));
    // Unsure in the prefecture itself: as unsure as the address.
    lines[7] = address_line('京');
    let card = read_card(&lines);
    let prefecture = card
        .address
        .as_ref()
        .and_then(|f| f.value.prefecture_confidence);
    assert!(prefecture.is_some_and(|c| c < crate::REVIEW_BELOW));
}

#[test]
fn fields_glare_touches_are_left_for_review() {
    let mut card = read_card(&residence_card());
    let name_row = card.name.as_ref().map(|f| f.bounds);
    card.doubt_glared(|bounds| Some(*bounds) == name_row);
    let name = card.name.as_ref().map_or(1.0, |f| f.confidence);
    assert!(name <= GLARED_FIELD_CONFIDENCE, "{name}");
    let number = card.card_number.as_ref().map_or(0.0, |f| f.confidence);
    assert!(number > GLARED_FIELD_CONFIDENCE, "{number}");
}

#[test]
fn unread_values_the_status_decides_are_taken_from_it() {
    let with_status = |status: &str| {
        let mut lines = residence_card();
        lines[9] = line(status, 0.15, 0.42, 0.68, 0.5);
        lines[10] = line("就労制", 0.03, 0.56, 0.12, 0.61);
        read_card(&lines)
    };
    let card = with_status("技術・人文知識・国際業務");
    let restriction = card
        .work_restriction
        .expect("the restriction from the status");
    assert_eq!(restriction.value.key, "status-only");
    let status = card.status.expect("the status");
    assert!(restriction.confidence < status.confidence.min(0.8));
    let key = |status| with_status(status).work_restriction.map(|f| f.value.key);
    assert_eq!(key("永住者"), Some("none"));
    assert_eq!(key("留学"), Some("not-permitted"));
    assert_eq!(key("特定技能1号"), Some("designated-organisation"));
    let permanent = with_status("永住者");
    assert_eq!(
        permanent.period_of_stay.map(|f| f.value),
        Some(PeriodOfStay::Term {
            years: 4,
            months: 3,
            days: 0
        }),
        "a period read stays"
    );
    let mut lines = residence_card();
    lines[9] = line("永住者", 0.15, 0.42, 0.68, 0.5);
    lines[11] = line("在留期間", 0.03, 0.64, 0.15, 0.69);
    let period = read_card(&lines)
        .period_of_stay
        .expect("無期限 from the status");
    assert_eq!(period.value, PeriodOfStay::Indefinite);
    assert!(period.confidence < 0.8);
    // Decided by more than the status: left for the user.
    assert_eq!(key("特定活動"), None);
    assert_eq!(key("高度専門職1号ロ"), None);
    // Read unsurely but as the status makes it: sure.
    let mut lines = residence_card();
    let text = "在留資格に基く就労活動の可";
    lines[10] = CardLine {
        text: RecognizedText::new(text.to_owned(), vec![0.6; text.chars().count()]),
        bounds: Rect::new(0.03, 0.56, 0.7, 0.61),
    };
    let agreeing = read_card(&lines)
        .work_restriction
        .map(|f| (f.value.key, f.confidence));
    assert!(
        agreeing.is_some_and(|(key, c)| key == "status-only" && c >= crate::REVIEW_BELOW),
        "{agreeing:?}"
    );
}

#[test]
fn a_restriction_read_less_surely_than_the_status_saying_otherwise_yields_to_it() {
    let read = |status: &str, restriction_confidence: f32| {
        let restriction = "在留資格に基づく就労活動のみ可";
        let mut lines = residence_card();
        lines[9] = line(status, 0.15, 0.42, 0.68, 0.5);
        lines[10] = CardLine {
            text: RecognizedText::new(
                restriction.to_owned(),
                vec![restriction_confidence; restriction.chars().count()],
            ),
            bounds: Rect::new(0.19, 0.56, 0.7, 0.61),
        };
        let card = read_card(&lines);
        let (status, restriction) = (card.status.expect("a status"), card.work_restriction);
        let restriction = restriction.expect("a restriction");
        (
            status.confidence,
            restriction.value.key,
            restriction.confidence,
        )
    };
    // A blurred `指定機関での…` that lost its start, under a status read surely.
    let (status, key, confidence) = read("特定技能1号", 0.3);
    assert_eq!(key, "designated-organisation");
    assert!(confidence < status, "flagged for review");
    // Read surely, the line stands; so does one the status does not decide.
    assert_eq!(read("特定技能1号", 0.95).1, "status-only");
    assert_eq!(read("特定活動", 0.3).1, "status-only");
    assert_eq!(read("技術・人文知識・国際業務", 0.3).1, "status-only");
}

/// Lines of a Special Permanent Resident Certificate.
fn certificate() -> Vec<CardLine> {
    vec![
        line("特別永住者証明書", 0.03, 0.02, 0.35, 0.09),
        line("番号 XY98765432ZW", 0.55, 0.03, 0.97, 0.09),
        line("氏名 KIM MINJUN", 0.03, 0.12, 0.55, 0.19),
        line("生年月日 昭和55年3月4日", 0.03, 0.22, 0.36, 0.27),
        line("性別女F.国籍.地域韓国", 0.37, 0.22, 0.74, 0.27),
        line("住居地 大阪府大阪市生野区", 0.03, 0.31, 0.72, 0.37),
        line(
            "このカードは 2031年03月04日 まで有効です。",
            0.05,
            0.88,
            0.6,
            0.94,
        ),
    ]
}

#[test]
fn special_permanent_resident_certificate_has_no_status() {
    let card = read_card(&certificate());
    assert_eq!(card.kind, CardKind::SpecialPermanentResidentCertificate);
    assert_eq!(card.status, None);
    assert_eq!(card.expiry_date, None);
    assert_eq!(
        card.birth_date.as_ref().map(|f| f.value),
        Some(PrintedDate {
            date: d("1980-03-04"),
            calendar: Calendar::Japanese
        })
    );
    assert_eq!(card.sex.as_ref().map(|f| f.value), Some(Sex::Female));
    assert_eq!(card.nationality.as_ref().map(|f| f.value.key), Some("KOR"));
    assert_eq!(
        card.address
            .as_ref()
            .and_then(|f| f.value.prefecture)
            .map(|p| p.key),
        Some("27")
    );
    assert_eq!(
        card.card_valid_until.as_ref().map(|f| f.value),
        Some(d("2031-03-04"))
    );
}

#[test]
fn a_nationality_read_to_its_kuni_is_koreas() {
    let row = [0.37, 0.22, 0.74, 0.27];
    let mut lines = certificate();
    lines[4] = line("性制文城地址特国", row[0], row[1], row[2], row[3]);
    let mut card = read_card(&lines);
    card.nationality = None;
    let read = korea_by_its_kuni(&lines, &card).expect("a nationality");
    assert_eq!(read.value.key, "KOR");
    assert!(read.confidence < 0.6);
    // Not when the recogniser kept 中 before the 国 (中国)…
    let steps: Vec<[(char, f32); 2]> = "性制文城地址特国"
        .chars()
        .map(|c| [(c, 0.9), (if c == '特' { '中' } else { c }, 0.05)])
        .collect();
    let rows: Vec<(f32, &[(char, f32)])> = steps
        .iter()
        .flat_map(|c| [(0.05, &c[..]), (0.95, &[][..])])
        .collect();
    lines[4] = line_with_evidence(&rows, row);
    assert_eq!(korea_by_its_kuni(&lines, &card), None);
    // …nor on a lone 国 (the label's first kanji) or a value ending otherwise.
    for text in ["国", "性制文城地址朝鮮"] {
        lines[4] = line(text, row[0], row[1], row[2], row[3]);
        assert_eq!(korea_by_its_kuni(&lines, &card), None, "{text}");
    }
    // A Residence Card: 韓 lost whole after the label, or misread, is 韓国; what ends 英国,
    // 米国, a 共和国 or a カ国 is not.
    card.kind = CardKind::ResidenceCard;
    for text in ["性女F国籍地域国", "性女F地 国", "性女F味国"] {
        lines[4] = line(text, row[0], row[1], row[2], row[3]);
        let read = korea_by_its_kuni(&lines, &card).map(|n| n.value.key);
        assert_eq!(read, Some("KOR"), "{text}");
    }
    for text in [
        "性女F英国",
        "性女F米国",
        "性女Fドミニカ共和国",
        "性女Fドミニカ国",
    ] {
        lines[4] = line(text, row[0], row[1], row[2], row[3]);
        assert_eq!(korea_by_its_kuni(&lines, &card), None, "{text}");
    }
    // A 中国 read with its 中 stays; one matched on a 国 alone may be 韓国.
    lines[4] = line("性女F味国", row[0], row[1], row[2], row[3]);
    let china = vocab::nationalities().by_key("CHN").expect("China");
    let read_as = |text: &str| CardField {
        value: china,
        text: text.to_owned(),
        confidence: 0.3,
        bounds: Rect::new(row[0], row[1], row[2], row[3]),
    };
    card.nationality = Some(read_as("中国"));
    assert_eq!(korea_by_its_kuni(&lines, &card), None);
    card.nationality = Some(read_as("地 国"));
    assert!(korea_by_its_kuni(&lines, &card).is_some());
}

#[test]
fn the_lines_of_missing_fields_are_those_read_again() {
    let lines = residence_card();
    let card = read_card(&lines);
    assert_eq!(lines_of_missing_fields(&lines, &card), Vec::<usize>::new());
    // Without its address and sex, the lines on their rows are read again.
    let mut lacking = card.clone();
    lacking.address = None;
    lacking.sex = None;
    let again: Vec<&str> = lines_of_missing_fields(&lines, &lacking)
        .into_iter()
        .map(|i| lines[i].text.text.as_str())
        .collect();
    assert!(again.contains(&"性別 男 M."), "{again:?}");
    assert!(again.iter().any(|t| t.starts_with("住居地")), "{again:?}");
    // Not the lines of the rows around them.
    for other in ["NGUYEN", "在留資格", "このカード"] {
        assert!(!again.iter().any(|t| t.starts_with(other)), "{again:?}");
    }
    // A certificate prints no status: its lack is no reason to read a line again.
    let certificate_lines = certificate();
    let certificate = read_card(&certificate_lines);
    assert_eq!(certificate.status, None);
    assert_eq!(
        lines_of_missing_fields(&certificate_lines, &certificate),
        Vec::<usize>::new()
    );
    // The second reading fills what the first lacked and changes nothing it read.
    let mut second = card.clone();
    second.name = Some(CardField {
        value: "SOMEONE ELSE".to_owned(),
        ..card.name.clone().expect("a name")
    });
    let filled = with_missing_fields(lacking, second);
    assert_eq!(filled, card_with_name(&card, card.name.clone()));
}

fn card_with_name(card: &CardFront, name: Option<CardField<String>>) -> CardFront {
    CardFront {
        name,
        ..card.clone()
    }
}

#[test]
fn dates_are_taken_from_their_rows() {
    // Without the birth-date row, no other date on the card is taken for it.
    let lines: Vec<CardLine> = residence_card()
        .into_iter()
        .filter(|l| !l.text.text.starts_with("生年月日"))
        .collect();
    let card = read_card(&lines);
    assert_eq!(card.birth_date, None);
    assert!(card.card_valid_until.is_some());
}

#[test]
fn never_panics_on_garbage_lines() {
    let pieces = [
        "在留",
        "カード",
        "年",
        "月",
        "日",
        "AB",
        "1234",
        "(",
        "・",
        "男",
        "平成",
        "元",
        "無期限",
        "県",
        "ｘ",
        "",
        " ",
    ];
    let mut seed: u64 = 12345;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        usize::try_from(seed >> 33).unwrap_or(0) % n
    };
    for _ in 0..500 {
        let lines: Vec<CardLine> = (0..next(12))
            .map(|_| {
                let text: String = (0..next(10)).map(|_| pieces[next(pieces.len())]).collect();
                let y = next(100) as f32 / 100.0;
                line(&text, 0.0, y, 1.0, y + 0.05)
            })
            .collect();
        let _ = read_card(&lines);
    }
}

#[test]
fn misread_labels_and_look_alikes_still_give_the_value() {
    let with = |nationality: &str, address: &str, status: &str| {
        let mut lines = residence_card();
        lines[6] = line(nationality, 0.51, 0.22, 0.74, 0.27);
        lines[7] = line(address, 0.03, 0.31, 0.72, 0.37);
        lines[9] = line(status, 0.15, 0.42, 0.68, 0.5);
        read_card(&lines)
    };
    let card = with(
        "国箱地域ミャンマー",
        "住居地 福岡泉福岡市博多区栄町九丁日28番11号",
        "技能実習2号口",
    );
    assert_eq!(card.nationality.map(|f| f.value.key), Some("MMR"));
    let address = card.address.map(|f| f.value);
    assert_eq!(
        address.as_ref().map(|a| a.text.as_str()),
        Some("福岡県福岡市博多区栄町九丁目28番11号")
    );
    assert_eq!(
        address.and_then(|a| a.prefecture).map(|p| p.key),
        Some("40")
    );
    assert_eq!(
        card.status.map(|f| f.value.key),
        Some("technical-intern-2b")
    );
    // The label garbled beyond a fuzzy match: the name read exactly at the line's end.
    let card = with("面地城スリランカ", "東京都江戸川区南町6-9-7", "留学");
    assert_eq!(card.nationality.map(|f| f.value.key), Some("LKA"));
}

#[test]
fn an_address_split_on_its_row_is_joined() {
    let mut lines = residence_card();
    lines[7] = line("住居地 神奈川県横浜市中区本", 0.03, 0.31, 0.3, 0.37);
    lines.push(line("町六丁目7番19号", 0.33, 0.31, 0.6, 0.37));
    let card = read_card(&lines);
    assert_eq!(
        card.address.map(|f| f.value.text),
        Some("神奈川県横浜市中区本町六丁目7番19号".to_owned())
    );
}

#[test]
fn an_address_whose_prefecture_is_garbled_is_placed_by_its_municipality() {
    let mut lines = residence_card();
    // 岡山県 read 国山湖, and the 岡 of 岡山市 lost.
    lines[7] = line("国山湖山市北区本町七丁日7番14号", 0.09, 0.32, 0.48, 0.36);
    let address = read_card(&lines).address.expect("an address");
    assert_eq!(address.value.text, "岡山県岡山市北区本町七丁目7番14号");
    assert_eq!(address.value.prefecture.map(|p| p.key), Some("33"));
    // Three edits in eight characters: flagged for review.
    assert!(address.confidence < 0.7, "{}", address.confidence);
}

/// A recognised line carrying the recogniser's per-step evidence: one row per step of
/// (blank probability, [(character, probability)…]); the greedy text is what the rows give.
fn line_with_evidence(rows: &[(f32, &[(char, f32)])], bounds: [f32; 4]) -> CardLine {
    line_of_evidence(
        crate::ocr::evidence::testing::evidence_and_text(rows),
        bounds,
    )
}

/// A line whose text is its evidence's greedy text.
fn line_of_evidence(
    (evidence, text): (crate::ocr::evidence::LineEvidence, String),
    bounds: [f32; 4],
) -> CardLine {
    let mut line = line(&text, bounds[0], bounds[1], bounds[2], bounds[3]);
    line.text.evidence = Some(std::sync::Arc::new(evidence));
    line
}

#[test]
fn a_nationality_the_greedy_text_lost_is_read_from_the_evidence() {
    let label: Vec<[(char, f32); 1]> = "国籍・地域".chars().map(|c| [(c, 0.95)]).collect();
    let nationality = |value: &[(f32, &[(char, f32)])]| {
        let mut rows: Vec<(f32, &[(char, f32)])> =
            label.iter().map(|c| (0.05, c.as_slice())).collect();
        rows.extend_from_slice(value);
        let mut lines = residence_card();
        lines[6] = line_with_evidence(&rows, [0.51, 0.22, 0.74, 0.27]);
        read_card(&lines).nationality.map(|f| f.value.key)
    };
    // `タイ` read as `イ`: the タ lost to the blank but kept 0.3.
    let thai: [(f32, &[(char, f32)]); 4] = [
        (0.9, &[]),
        (0.6, &[('タ', 0.3), ('ク', 0.05)]),
        (0.1, &[('イ', 0.9)]),
        (0.9, &[]),
    ];
    assert_eq!(nationality(&thai), Some("THA"));
    // `英国` read as `美国` (美国 is no country on the card; edits tie 英国 and 米国).
    let britain: [(f32, &[(char, f32)]); 3] = [
        (0.1, &[('美', 0.6), ('英', 0.3)]),
        (0.1, &[('国', 0.9)]),
        (0.9, &[]),
    ];
    assert_eq!(nationality(&britain), Some("GBR"));
    // Nothing near any country: no value rather than a guess.
    let nothing: [(f32, &[(char, f32)]); 2] = [(0.1, &[('卍', 0.9)]), (0.9, &[])];
    assert_eq!(nationality(&nothing), None);
}

#[test]
fn the_value_is_found_in_the_raw_text_by_its_length() {
    assert_eq!(chars_before("国籍・地域 ベトナム", "ベトナム"), 6);
    assert_eq!(chars_before("ベトナム", "ベトナム"), 0);
    assert_eq!(chars_before("性別 男 M. 国籍", ""), 10);
}

#[test]
fn a_nationality_label_boxed_without_its_value_asks_for_the_cell() {
    let mut lines = residence_card();
    assert_eq!(unread_nationality_cell(&lines), None);
    lines[6] = line("国箱.地域", 0.51, 0.22, 0.6, 0.27);
    let (index, cell) = unread_nationality_cell(&lines).expect("the cell");
    assert_eq!(index, 6);
    assert!((cell.x0 - 0.51).abs() < 1e-6 && (cell.x1 - NATIONALITY_CELL_END).abs() < 1e-6);
    assert!(cell.y0 < 0.22 && cell.y1 > 0.27);
    // A label already as wide as the cell has nothing more to give.
    lines[6] = line("国籍・地域", 0.51, 0.22, 0.74, 0.27);
    assert_eq!(unread_nationality_cell(&lines), None);
}

#[test]
fn a_nationality_read_with_its_label_gives_the_value_cell_where_the_label_ends() {
    // `性別女F.国籍・地域イドネ`: the label's 域 ends at step 10 of 16.
    let text = "性別女F.国籍・地域イドネ";
    let rows: Vec<[(char, f32); 1]> = text.chars().map(|c| [(c, 0.9)]).collect();
    let mut steps: Vec<(f32, &[(char, f32)])> = rows.iter().map(|c| (0.05, c.as_slice())).collect();
    steps.extend([(0.9, &[][..]); 3]);
    let mut lines = residence_card();
    lines[6] = line_with_evidence(&steps, [0.38, 0.22, 0.72, 0.27]);
    // No padding: the label's end is 10/16 of the line's width.
    let cell = nationality_value_cell(&lines, 0.0).expect("the value's cell");
    let expected = 0.38 + 10.0 / 16.0 * (0.72 - 0.38);
    assert!((cell.x0 - expected).abs() < 1e-5, "{cell:?}");
    assert!((cell.x1 - NATIONALITY_CELL_END).abs() < 1e-6);
    assert!(cell.y0 < 0.22 && cell.y1 > 0.27);
    // With the crop padded by one line height at each end, the steps span more of the card.
    let padded = nationality_value_cell(&lines, 1.0).expect("the value's cell");
    let expected = 0.38 - 0.05 + 10.0 / 16.0 * (0.34 + 0.1);
    assert!((padded.x0 - expected).abs() < 1e-5, "{padded:?}");
    // A label alone, or a line without the evidence, gives none.
    lines[6] = line_with_evidence(&steps[..10], [0.51, 0.22, 0.6, 0.27]);
    assert_eq!(nationality_value_cell(&lines, 0.0), None);
    lines[6] = line(text, 0.38, 0.22, 0.72, 0.27);
    assert_eq!(nationality_value_cell(&lines, 0.0), None);
}

#[test]
fn of_two_reads_of_the_nationality_the_surer_is_kept() {
    let field = |key: &str, confidence: f32| {
        let term = *vocab::nationalities()
            .terms()
            .iter()
            .find(|t| t.key == key)
            .expect("a country");
        CardField {
            value: term,
            text: String::new(),
            confidence,
            bounds: Rect::new(0.0, 0.0, 1.0, 1.0),
        }
    };
    let key = |f: Option<CardField<Term>>| f.map(|f| f.value.key);
    assert_eq!(
        key(surer_nationality(
            Some(field("IND", 0.2)),
            Some(field("IDN", 0.4))
        )),
        Some("IDN")
    );
    assert_eq!(
        key(surer_nationality(
            Some(field("IND", 0.5)),
            Some(field("IDN", 0.4))
        )),
        Some("IND")
    );
    assert_eq!(
        key(surer_nationality(None, Some(field("IDN", 0.1)))),
        Some("IDN")
    );
    assert_eq!(
        key(surer_nationality(Some(field("IND", 0.1)), None)),
        Some("IND")
    );
    assert_eq!(key(surer_nationality(None, None)), None);
}

#[test]
fn an_address_keeps_the_katakana_greedy_decoding_lost() {
    // `…本町グリーンヒル`: the ン of the building's name scored under the blank.
    let text = "東京都豊島区本町グリーンヒル";
    let spikes: Vec<[(char, f32); 1]> = text
        .chars()
        .map(|c| [(c, if c == 'ン' { 0.3 } else { 0.9 })])
        .collect();
    let mut rows: Vec<(f32, &[(char, f32)])> = Vec::new();
    for spike in &spikes {
        rows.push((if spike[0].0 == 'ン' { 0.6 } else { 0.1 }, spike.as_slice()));
        rows.push((0.95, &[]));
    }
    let mut lines = residence_card();
    lines[7] = line_with_evidence(&rows, [0.09, 0.32, 0.6, 0.36]);
    assert_eq!(lines[7].text.text, "東京都豊島区本町グリーヒル");
    let address = read_card(&lines).address.expect("an address");
    assert_eq!(address.value.text, text);
    // The put-back letter is the field's least sure character.
    assert!(
        (address.confidence - 0.3).abs() < 0.01,
        "{}",
        address.confidence
    );
}

#[test]
fn an_address_cut_short_is_read_again_from_its_whole_cell() {
    let mut lines = residence_card();
    // The detector boxed the label, and the address only up to its block number.
    lines[7] = line("住居地", 0.03, 0.32, 0.08, 0.36);
    lines.push(line(
        "静岡県浜松市中央区大手町二丁目25番",
        0.1,
        0.32,
        0.38,
        0.35,
    ));
    let card = read_card(&lines);
    let first = card.address.clone().expect("an address");
    assert!(!address_is_complete(&first.value.text));
    let cell = unfinished_address_cell(&lines, &card).expect("a cell to read again");
    assert!(
        (cell.x0 - 0.08).abs() < 1e-6 && (cell.x1 - ADDRESS_CELL_END).abs() < 1e-6,
        "{cell:?}"
    );
    assert!(cell.y0 < 0.32 && cell.y1 > 0.35, "{cell:?}");
    // The cell's read, when it reaches the end, replaces the shorter one.
    let whole = |text: &str| read_card(&[line(text, cell.x0, cell.y0, cell.x1, cell.y1)]).address;
    let fuller = fuller_address(
        Some(first.clone()),
        whole("静岡県浜松市中央区大手町二丁目25番12号"),
    );
    assert_eq!(
        fuller.map(|a| a.value.text).as_deref(),
        Some("静岡県浜松市中央区大手町二丁目25番12号")
    );
    // A read of the cell that stops short too, or says less, does not.
    let kept = fuller_address(Some(first.clone()), whole("静岡県浜松市中央区大手町二丁"));
    assert_eq!(kept.map(|a| a.value.text), Some(first.value.text.clone()));
    let kept = fuller_address(Some(first.clone()), whole("静岡県浜松市1号"));
    assert_eq!(kept.map(|a| a.value.text), Some(first.value.text));
    // Without a first address, the cell's read is taken as it is.
    assert!(fuller_address(None, whole("静岡県浜松市中央区大手町")).is_some());
}

#[test]
fn an_address_run_into_its_label_is_read_again_after_the_label() {
    let mut lines = residence_card();
    // The label and the value boxed as one line, the start garbled past any place's name.
    lines[7] = line(
        "住婚味市吉局九工日7器5号古路八个125号室",
        0.03,
        0.31,
        0.64,
        0.36,
    );
    let card = read_card(&lines);
    assert!(card.address.is_none());
    let cell = unfinished_address_cell(&lines, &card).expect("a cell to read again");
    assert!(
        (cell.x0 - ADDRESS_VALUE_START).abs() < 1e-6 && (cell.x1 - ADDRESS_CELL_END).abs() < 1e-6,
        "{cell:?}"
    );
    assert!(cell.y0 < 0.31 && cell.y1 > 0.36, "{cell:?}");
    // The label left unread and the value garbled past any place's name: read from the
    // column's end all the same.
    lines[7] = line("城市崎五丁14番10号サ", 0.097, 0.31, 0.42, 0.36);
    let card = read_card(&lines);
    assert!(card.address.is_none());
    let cell = unfinished_address_cell(&lines, &card).expect("a cell to read again");
    assert!((cell.x0 - ADDRESS_VALUE_START).abs() < 1e-6, "{cell:?}");
    // A short mark in the label's column is no row to read.
    lines[7] = line("住", 0.03, 0.31, 0.06, 0.36);
    let card = read_card(&lines);
    assert_eq!(unfinished_address_cell(&lines, &card), None);
}

#[test]
fn a_complete_address_is_not_read_again() {
    let lines = residence_card();
    let card = read_card(&lines);
    assert!(address_is_complete(
        &card.address.as_ref().expect("an address").value.text
    ));
    assert_eq!(unfinished_address_cell(&lines, &card), None);
    for ended in [
        "東京都豊島区中央8-20-8",
        "…5番地",
        "…12号",
        "…サンライズ252号室",
    ] {
        assert!(address_is_complete(ended), "{ended}");
    }
    for cut in ["…二丁目25番", "…二丁目25番1", "…東町コー", "福岡県", ""] {
        assert!(!address_is_complete(cut), "{cut}");
    }
}

#[test]
fn an_address_that_stops_short_is_left_for_the_review() {
    let mut card = read_card(&residence_card());
    let sure = card.address.as_ref().expect("an address").confidence;
    card.doubt_unfinished_address();
    assert_eq!(card.address.as_ref().map(|a| a.confidence), Some(sure));
    let address = card.address.as_mut().expect("an address");
    address.value.text = "東京都".to_owned();
    address.value.prefecture_confidence = Some(0.97);
    address.confidence = 0.97;
    card.doubt_unfinished_address();
    let address = card.address.as_ref().expect("an address");
    assert!(address.confidence < crate::REVIEW_BELOW);
    // The prefecture, read whole, stays as sure as it was.
    assert_eq!(address.value.prefecture_confidence, Some(0.97));
}

#[test]
fn tiny_boxes_overlapping_on_the_address_row_do_not_stall_the_reading() {
    let mut lines = residence_card();
    // Two empty boxes narrower than the allowed overlap: each "continues" the other.
    lines.push(line("", 0.076, 0.303, 0.082, 0.331));
    lines.push(line("", 0.074, 0.304, 0.080, 0.332));
    lines[7] = line("東京都新宿区西新宿二丁目8番1号", 0.07, 0.30, 0.072, 0.335);
    let card = read_card(&lines);
    assert_eq!(
        card.address.map(|a| a.value.text).as_deref(),
        Some("東京都新宿区西新宿二丁目8番1号")
    );
}

#[test]
fn a_nationality_nothing_gave_is_sought_in_its_cell_on_the_sex_row() {
    let mut lines = residence_card();
    lines[6] = line("国行", 0.51, 0.22, 0.6, 0.27);
    let card = read_card(&lines);
    assert_eq!(card.nationality, None);
    let cell = nationality_cell_by_layout(&card);
    assert!((cell.x0 - NATIONALITY_VALUE_START).abs() < 1e-6);
    assert!((cell.x1 - NATIONALITY_CELL_END).abs() < 1e-6);
    assert!(
        cell.y0 < 0.22 && cell.y1 > 0.27 && cell.y1 < 0.3,
        "{cell:?}"
    );
    // Nothing read on the row: where the card prints it.
    let mut unplaced = card.clone();
    unplaced.sex = None;
    unplaced.birth_date = None;
    let cell = nationality_cell_by_layout(&unplaced);
    assert_eq!((cell.y0, cell.y1), BIRTH_ROW);

    // The cell read `地ネ八一ル`: a label's stray character, `パ` as `八` (kept at 0.3).
    let in_cell = |rows: &[(f32, &[(char, f32)])]| {
        nationality_in_cell(&line_with_evidence(
            rows,
            [cell.x0, cell.y0, cell.x1, cell.y1],
        ))
        .map(|f| f.value.key)
    };
    let nepal: [(f32, &[(char, f32)]); 6] = [
        (0.1, &[('地', 0.8)]),
        (0.1, &[('ネ', 0.8)]),
        (0.1, &[('八', 0.6), ('パ', 0.3)]),
        (0.1, &[('一', 0.7), ('ー', 0.2)]),
        (0.1, &[('ル', 0.9)]),
        (0.9, &[]),
    ];
    assert_eq!(in_cell(&nepal), Some("NPL"));
    // Marks near no country's name give nothing.
    let nothing: [(f32, &[(char, f32)]); 3] =
        [(0.1, &[('卍', 0.9)]), (0.1, &[('仝', 0.9)]), (0.9, &[])];
    assert_eq!(in_cell(&nothing), None);
}

#[test]
fn a_birth_date_whose_era_lost_a_kanji_is_read_when_the_card_allows_one_era() {
    let mut lines = residence_card();
    lines[4] = line("生年月日 和38年9月21日", 0.03, 0.22, 0.36, 0.27);
    // The card is valid until 2029: 令和38年 (2056) was no birth date, 昭和38年 was.
    // Without the permission and issue dates, which a validity line lost would leave to
    // stand in for it.
    lines.drain(12..14);
    let card = read_card(&lines);
    let birth = card.birth_date.expect("a birth date");
    assert_eq!(birth.value.date, d("1963-09-21"));
    assert_eq!(birth.value.calendar, Calendar::Japanese);
    assert!(birth.confidence < 0.7);
    // 和3年: 昭和3年 (1928) and 令和3年 (2021) both precede the card's end.
    lines[4] = line("生年月日 和3年9月21日", 0.03, 0.22, 0.36, 0.27);
    assert_eq!(read_card(&lines).birth_date, None);
    // Without the card's dates, today rules 令和38年 out.
    lines[4] = line("生年月日 和38年9月21日", 0.03, 0.22, 0.36, 0.27);
    lines.truncate(11);
    let birth = read_card(&lines).birth_date.expect("a birth date");
    assert_eq!(birth.value.date, d("1963-09-21"));
    // …but not 令和6年.
    lines[4] = line("生年月日 和6年9月21日", 0.03, 0.22, 0.36, 0.27);
    assert_eq!(read_card(&lines).birth_date, None);
}

/// A birth line read from evidence that keeps `text`'s characters at 0.9 each, and at its
/// `era` place (a character index) `kept` as second choices.
fn birth_line(text: &str, era: usize, kept: &[(char, f32)]) -> CardLine {
    let chars: Vec<Vec<(char, f32)>> = text
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let mut step = vec![(c, 0.9)];
            if i == era {
                step.extend_from_slice(kept);
            }
            step
        })
        .collect();
    let rows: Vec<(f32, &[(char, f32)])> = chars
        .iter()
        .flat_map(|c| [(0.05, c.as_slice()), (0.95, &[][..])])
        .collect();
    line_with_evidence(&rows, [0.03, 0.22, 0.36, 0.27])
}

#[test]
fn a_birth_date_whose_era_the_blur_garbled_is_read_for_review() {
    let mut lines = residence_card();
    // 昭和45年 read `8045年`: the era's name is lost, and 45年 is 昭和's or 明治's (1912,
    // a holder of 114).
    lines[4] = birth_line("8045年6月7日", 0, &[]);
    let birth = read_card(&lines).birth_date.expect("a birth date");
    assert_eq!(birth.value.date, d("1970-06-07"));
    assert_eq!(birth.value.calendar, Calendar::Japanese);
    assert!(birth.confidence < 0.6, "{birth:?}");
    // 8年 may be 昭和's, 平成's or 令和's: unread while nothing spells the era…
    lines[4] = birth_line("始給8年6月7日", 1, &[]);
    assert_eq!(read_card(&lines).birth_date, None);
    // …and read when what the blur left spells 成 (平成) far better than 和.
    lines[4] = birth_line("始給8年6月7日", 1, &[('成', 0.05)]);
    let birth = read_card(&lines).birth_date.expect("a birth date");
    assert_eq!(birth.value.date, d("1996-06-07"));
    // A Gregorian date's tail is not an era date: its month and day are zero-padded.
    lines[4] = birth_line("生年月日8963年12月18日", 8, &[]);
    assert_ne!(
        read_card(&lines).birth_date.map(|f| f.value.date),
        Some(d("1988-12-18"))
    );
}

#[test]
fn a_sex_nothing_gave_is_read_from_its_cell() {
    let mut lines = residence_card();
    lines[5] = line("性", 0.37, 0.22, 0.4, 0.27);
    let card = read_card(&lines);
    assert_eq!(card.sex, None);
    let cell = sex_cell_by_layout(&card);
    assert!(cell.x0 < 0.4 && cell.x1 > 0.5 && cell.x1 < NATIONALITY_VALUE_START);
    assert!(cell.y0 < 0.22 && cell.y1 > 0.27, "{cell:?}");
    let read = |text: &str| sex_in_cell(&line(text, cell.x0, cell.y0, cell.x1, cell.y1));
    let female = read("性別 女 F. 国").expect("a sex");
    assert_eq!(female.value, Sex::Female);
    assert_eq!(read("性別 男").map(|f| f.value), Some(Sex::Male));
    assert!(read("性別 男").expect("a sex").confidence < female.confidence);
    // Kanji and letter disagreeing, or neither: nothing.
    assert_eq!(read("男 F."), None);
    assert_eq!(read("性別"), None);
}

#[test]
fn an_address_after_its_label_read_garbled_is_read() {
    let mut lines = residence_card();
    lines[7] = line("住地東京都八王子市西新宿8-27-12", 0.03, 0.31, 0.72, 0.37);
    let address = read_card(&lines).address.expect("an address");
    assert_eq!(address.value.text, "東京都八王子市西新宿8-27-12");
    assert_eq!(address.value.prefecture.map(|p| p.key), Some("13"));
    // Read with the label, the same address is surer.
    lines[7] = line("住居地 東京都八王子市西新宿8-27-12", 0.03, 0.31, 0.72, 0.37);
    let clean = read_card(&lines).address.expect("an address");
    assert!(clean.confidence > address.confidence);
}

/// The card number [`card_number_seen`] reads on a line whose characters are each read
/// clearly then a blank (`99` needs one between its two), except one step, `odd`, between
/// `before` and `after`.
fn card_number_seen_around(before: &str, odd: &[(char, f32)], after: &str) -> Option<String> {
    let clear = |text: &str| -> Vec<(f32, Vec<(char, f32)>)> {
        text.chars()
            .flat_map(|c| [(0.05, vec![(c, 0.9)]), (0.9, vec![])])
            .collect()
    };
    let mut rows = clear(before);
    rows.extend([(0.05, odd.to_vec()), (0.9, vec![])]);
    rows.extend(clear(after));
    let rows: Vec<(f32, &[(char, f32)])> = rows.iter().map(|(b, k)| (*b, k.as_slice())).collect();
    let line = line_with_evidence(&rows, [0.6, 0.03, 0.95, 0.09]);
    card_number_seen(&line.text).map(|(n, _)| n)
}

#[test]
fn a_card_numbers_letter_read_as_a_digit_is_the_letter_the_recogniser_saw_next() {
    // `JA27818992L0`: the last letter read `0`, with `Q` kept above `O`.
    let number = |last: &[(char, f32)]| card_number_seen_around("JA27818992L", last, "");
    assert_eq!(
        number(&[('0', 0.6), ('Q', 0.25), ('O', 0.1)]).as_deref(),
        Some("JA27818992LQ")
    );
    // No letter kept there: the look-alike table's O.
    assert_eq!(number(&[('0', 0.9)]).as_deref(), Some("JA27818992LO"));
    // Letters kept at noise level, Q barely above O: still the table's O.
    assert_eq!(
        number(&[('0', 0.99), ('Q', 0.0007), ('O', 0.0006)]).as_deref(),
        Some("JA27818992LO")
    );
    // A letter read as itself stays.
    assert_eq!(
        number(&[('Q', 0.5), ('O', 0.45)]).as_deref(),
        Some("JA27818992LQ")
    );
}

#[test]
fn a_title_read_into_a_number_that_lost_a_digit_is_no_number() {
    // `…CERTIFICATEPY1738871ZK`: the title and the number run together and the number's 6
    // is lost. `EPY1738871ZK` would be a number if the Y's steps gave a digit.
    let number = |y: &[(char, f32)]| card_number_seen_around("CERTIFICATEP", y, "1738871ZK");
    // A digit kept at noise level is not seen.
    assert_eq!(number(&[('Y', 0.99), ('9', 0.0005)]), None);
    // One the recogniser gave some weight is.
    assert_eq!(
        number(&[('Y', 0.7), ('9', 0.2)]).as_deref(),
        Some("EP91738871ZK")
    );
}

#[test]
fn an_unread_end_date_is_the_other_when_the_law_makes_them_one() {
    // The scanner leaves the permission rows unread on an upright card.
    let residence_card = || {
        let mut lines = residence_card();
        lines.retain(|l| !l.text.text.starts_with("許可"));
        lines
    };
    // An adult with a status of limited stay: the card is valid until the stay ends.
    let mut lines = residence_card();
    lines[12] = line("このカ一ド", 0.05, 0.88, 0.6, 0.94);
    let card = read_card(&lines);
    let valid = card.card_valid_until.expect("the stay's end");
    assert_eq!(valid.value, d("2029-07-01"));
    assert!(valid.confidence < card.expiry_date.expect("the expiry").confidence);
    // The other way round.
    let mut lines = residence_card();
    lines[11] = line("在留期間(満了日) 4年3月", 0.03, 0.64, 0.7, 0.69);
    assert_eq!(
        read_card(&lines).expiry_date.map(|f| f.value),
        Some(d("2029-07-01"))
    );
    // A permanent resident's card runs seven years from issue: no stand-in.
    let mut lines = residence_card();
    lines[9] = line("永住者", 0.15, 0.42, 0.68, 0.5);
    lines[12] = line("このカ一ド", 0.05, 0.88, 0.6, 0.94);
    assert_eq!(read_card(&lines).card_valid_until, None);
    // A holder who may have been under 16 on issue (born 2010): no stand-in either.
    let mut lines = residence_card();
    lines[4] = line("生年月日 2010年12月31日", 0.03, 0.22, 0.36, 0.27);
    lines[12] = line("このカ一ド", 0.05, 0.88, 0.6, 0.94);
    assert_eq!(read_card(&lines).card_valid_until, None);
}

#[test]
fn end_dates_read_differently_where_the_law_makes_them_one_are_the_surer_one() {
    let residence_card = || {
        let mut lines = residence_card();
        lines.retain(|l| !l.text.text.starts_with("許可"));
        lines
    };
    let unsure = |text: &str, x0, y0, x1, y1| {
        let mut line = line(text, x0, y0, x1, y1);
        line.text = RecognizedText::new(text.to_owned(), vec![0.3; text.chars().count()]);
        line
    };
    // The validity's year misread (2028 as 2025) in a blurred line.
    let mut lines = residence_card();
    lines[12] = unsure(
        "このカードは2025年07月01日まで有効です",
        0.05,
        0.88,
        0.6,
        0.94,
    );
    let card = read_card(&lines);
    assert_eq!(
        card.card_valid_until.map(|f| f.value),
        Some(d("2029-07-01"))
    );
    assert_eq!(card.expiry_date.map(|f| f.value), Some(d("2029-07-01")));
    // A permanent resident's two dates differ by law: both stay as read.
    lines[9] = line("永住者", 0.15, 0.42, 0.68, 0.5);
    let card = read_card(&lines);
    assert_eq!(
        card.card_valid_until.map(|f| f.value),
        Some(d("2025-07-01"))
    );
    // A year no card ends in is a misread: the other date stands in.
    let mut lines = residence_card();
    lines[12] = line(
        "このカードは7029年07月01日まで有効です",
        0.05,
        0.88,
        0.6,
        0.94,
    );
    assert_eq!(
        read_card(&lines).card_valid_until.map(|f| f.value),
        Some(d("2029-07-01"))
    );
}

/// A line of the evidence [`crate::ocr::evidence::testing::readings`] builds.
fn line_of_readings(readings: &[(char, char)], bounds: [f32; 4]) -> CardLine {
    line_of_evidence(crate::ocr::evidence::testing::readings(readings), bounds)
}

#[test]
fn an_address_whose_place_the_greedy_text_garbled_is_read_from_the_evidence() {
    // Greedy `住居地官城仙台市省集区栄町7-10-4`: 宮, 青 and 葉 kept second, 県 lost.
    let mut readings: Vec<(char, char)> = "住居地".chars().map(|c| (c, '\0')).collect();
    readings.extend(crate::ocr::evidence::testing::SENDAI_AOBA_BLURRED);
    readings.extend("区栄町7-10-4".chars().map(|c| (c, '\0')));
    let mut lines = residence_card();
    lines[7] = line_of_readings(&readings, [0.03, 0.31, 0.72, 0.37]);
    assert_eq!(lines[7].text.text, "住居地官城仙台市省集区栄町7-10-4");
    let address = read_card(&lines).address.expect("an address");
    assert_eq!(address.value.text, "宮城県仙台市青葉区栄町7-10-4");
    assert_eq!(address.value.prefecture.map(|p| p.key), Some("04"));
    assert!(address.confidence < 0.9, "{}", address.confidence);
}

#[test]
fn a_municipality_the_greedy_text_garbled_is_read_from_the_evidence() {
    // `大阪府市界区本町…`: 堺市堺区 lost its 堺 to the blank and read the other as 界.
    let mut readings: Vec<(char, char)> = "住居地大阪府".chars().map(|c| (c, '\0')).collect();
    readings.extend([('\0', '堺'), ('市', '\0'), ('界', '堺'), ('区', '\0')]);
    readings.extend("本町一丁目18番4号".chars().map(|c| (c, '\0')));
    let mut lines = residence_card();
    lines[7] = line_of_readings(&readings, [0.03, 0.31, 0.72, 0.37]);
    assert_eq!(lines[7].text.text, "住居地大阪府市界区本町一丁目18番4号");
    let address = read_card(&lines).address.expect("an address");
    assert_eq!(address.value.text, "大阪府堺市堺区本町一丁目18番4号");
}

/// The address read from a line of `town` readings between 広島県広島市中区 and `block`.
fn address_with_town(town: &[(char, char)], block: &str) -> (String, CardField<Address>) {
    let mut readings: Vec<(char, char)> = "住居地広島県広島市中区"
        .chars()
        .map(|c| (c, '\0'))
        .collect();
    readings.extend(town);
    readings.extend(block.chars().map(|c| (c, '\0')));
    let mut lines = residence_card();
    lines[7] = line_of_readings(&readings, [0.03, 0.31, 0.72, 0.37]);
    let greedy = lines[7].text.text.clone();
    (greedy, read_card(&lines).address.expect("an address"))
}

#[test]
fn a_misread_town_is_its_municipalitys_town_on_the_evidence() {
    // 大手町 with 手 read 于 (kept second).
    let town = [('大', '\0'), ('于', '手'), ('町', '\0')];
    let (greedy, address) = address_with_town(&town, "一丁目20番9号");
    assert_eq!(greedy, "住居地広島県広島市中区大于町一丁目20番9号");
    assert_eq!(address.value.text, "広島県広島市中区大手町一丁目20番9号");
    // The list's guess, not what was read: the review asks the user to check it.
    assert!(address.confidence < 0.8, "{}", address.confidence);
    // A town the blank won whole is read where it was printed.
    let lost = [('\0', '堀'), ('\0', '川'), ('\0', '町')];
    let (greedy, address) = address_with_town(&lost, "3-4-5");
    assert_eq!(greedy, "住居地広島県広島市中区3-4-5");
    assert_eq!(address.value.text, "広島県広島市中区堀川町3-4-5");
    assert!(address.confidence < 0.8, "{}", address.confidence);
}

#[test]
fn a_town_the_list_spells_or_the_evidence_does_not_tell_stays() {
    // 中町 is a town of 広島市中区, even though the recogniser saw 基 second.
    let (_, address) = address_with_town(&[('中', '基'), ('町', '\0')], "2-3-4");
    assert_eq!(address.value.text, "広島県広島市中区中町2-3-4");
    // Read right but not as the list spells it (堀川町): no character is made up.
    let (_, address) = address_with_town(&[('堀', '\0'), ('川', '\0')], "3-4-5");
    assert_eq!(address.value.text, "広島県広島市中区堀川3-4-5");
    // No town of the list comes near `柴町` without other evidence.
    let (_, address) = address_with_town(&[('柴', '\0'), ('町', '\0')], "2-3-4");
    assert_eq!(address.value.text, "広島県広島市中区柴町2-3-4");
}

#[test]
fn a_card_numbers_doubled_digit_read_once_is_put_back_when_the_evidence_says_where() {
    // `JA278189922LQ` decoded without the blank between 99: the second 9's steps still
    // gave the blank some probability, the steps of every other digit none.
    let mut rows: Vec<(f32, Vec<(char, f32)>)> = Vec::new();
    for c in "JA2781899".chars() {
        rows.push((0.05, vec![(c, 0.9)]));
        let blank = if c == '9' && rows.len() == 17 {
            0.45
        } else {
            0.0
        };
        rows.push((blank, vec![(c, 0.5)]));
    }
    for c in "2LQ".chars() {
        rows.push((0.05, vec![(c, 0.9)]));
        rows.push((0.0, vec![(c, 0.5)]));
    }
    let rows: Vec<(f32, &[(char, f32)])> = rows.iter().map(|(b, k)| (*b, k.as_slice())).collect();
    let line = line_with_evidence(&rows, [0.6, 0.03, 0.95, 0.09]);
    assert_eq!(line.text.text, "JA2781892LQ");
    assert_eq!(
        card_number_in_line(&line.text, &line.text.text),
        Some(("JA27818992LQ".to_owned(), 1))
    );
    // A line whose end lost a letter gets no number made up from a digit and its look-alike.
    let readings: Vec<(char, char)> = "QF50284634L".chars().map(|c| (c, '\0')).collect();
    let short = line_of_readings(&readings, [0.6, 0.03, 0.95, 0.09]);
    assert_eq!(card_number_in_line(&short.text, &short.text.text), None);
}

/// Evidence reading `text` one step per character, a blank between, with `lost` (a character
/// and its probability) at a step the blank won after the character at `after`.
fn line_losing(text: &str, lost: Option<(usize, char, f32)>, bounds: [f32; 4]) -> CardLine {
    let chars: Vec<[(char, f32); 1]> = text.chars().map(|c| [(c, 0.9)]).collect();
    let lost_step = lost.map(|(_, c, p)| [(c, p)]);
    let mut rows: Vec<(f32, &[(char, f32)])> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        rows.push((0.05, c.as_slice()));
        match (&lost, &lost_step) {
            (Some((after, _, p)), Some(step)) if *after == i => {
                rows.push((1.0 - p, step.as_slice()))
            }
            _ => {}
        }
        rows.push((0.95, &[][..]));
    }
    line_with_evidence(&rows, bounds)
}

#[test]
fn a_sex_cell_whose_text_gave_neither_is_read_on_its_evidence() {
    let cell = [0.37, 0.22, 0.53, 0.27];
    // `美` for a blurred 男, with 男 its close second: male, for the user to check.
    let blurred_male: [(f32, &[(char, f32)]); 3] = [
        (0.05, &[('性', 0.9)]),
        (0.05, &[('美', 0.5), ('男', 0.4)]),
        (0.95, &[]),
    ];
    let male = sex_in_cell(&line_with_evidence(&blurred_male, cell)).expect("a sex");
    assert_eq!(male.value, Sex::Male);
    assert!(male.confidence < 0.8);
    // Neither kanji anywhere: nothing, rather than a guess.
    let neither: [(f32, &[(char, f32)]); 2] = [(0.05, &[('美', 0.9)]), (0.95, &[])];
    assert_eq!(sex_in_cell(&line_with_evidence(&neither, cell)), None);
    // Both about as likely: nothing.
    let both: [(f32, &[(char, f32)]); 2] = [
        (0.05, &[('美', 0.5), ('男', 0.2), ('女', 0.2)]),
        (0.95, &[]),
    ];
    assert_eq!(sex_in_cell(&line_with_evidence(&both, cell)), None);
}

#[test]
fn dates_that_lost_a_digit_are_read_on_their_lines_evidence() {
    let mut lines = residence_card();
    // `1985年` read `185年` (the 9 lost to the blank between 1 and 8), and both end dates
    // `2029年` read `202年` (the 9 lost the same way).
    lines[4] = line_losing(
        "185年12月31日",
        Some((0, '9', 0.4)),
        [0.03, 0.22, 0.36, 0.27],
    );
    lines[11] = line_losing(
        "4年3月(202年07月01日)",
        Some((7, '9', 0.4)),
        [0.03, 0.64, 0.7, 0.69],
    );
    lines[14] = line_losing(
        "このカードは202年07月01日まで有効です。",
        Some((8, '9', 0.4)),
        [0.05, 0.88, 0.6, 0.94],
    );
    // Without the permission and issue dates, which a validity line lost would leave to
    // stand in for it.
    lines.drain(12..14);
    let card = read_card(&lines);
    let birth = card.birth_date.expect("a birth date");
    assert_eq!(birth.value.date, d("1985-12-31"));
    assert!(birth.confidence < 0.8);
    assert_eq!(card.expiry_date.map(|f| f.value), Some(d("2029-07-01")));
    assert_eq!(
        card.card_valid_until.map(|f| f.value),
        Some(d("2029-07-01"))
    );
    // A stretch far from any date's shape gives none.
    lines[4] = line_losing("生年月日 185年", None, [0.03, 0.22, 0.36, 0.27]);
    assert_eq!(read_card(&lines).birth_date, None);
}

#[test]
fn a_period_that_lost_its_year_is_read_with_its_end_on_the_evidence() {
    let mut lines = residence_card();
    // `4年3月` read `43月`, the 年 second to the blank at its step.
    lines[11] = line_losing(
        "43月（2029年07月01日）",
        Some((0, '年', 0.3)),
        [0.03, 0.64, 0.7, 0.69],
    );
    let period = read_card(&lines).period_of_stay.expect("a period");
    assert_eq!(
        period.value,
        PeriodOfStay::Term {
            years: 4,
            months: 3,
            days: 0
        }
    );
    assert!(period.confidence < 0.8);
    // A period the law does not list, printed as such (a designated one), stays as read but
    // for the user to check.
    lines[11] = line(
        "在留期間(満了日) 11月 (2029年07月01日)",
        0.03,
        0.64,
        0.7,
        0.69,
    );
    let designated = read_card(&lines).period_of_stay.expect("a period");
    assert_eq!(
        designated.value,
        PeriodOfStay::Term {
            years: 0,
            months: 11,
            days: 0
        }
    );
    assert!(designated.confidence < 0.8);
}

#[test]
fn an_address_garbled_past_placing_is_placed_by_a_name_inside_it() {
    let mut lines = residence_card();
    lines[7] = line("育大津市老松町4-19-13", 0.1, 0.31, 0.72, 0.37);
    let address = read_card(&lines).address.expect("an address");
    assert_eq!(address.value.text, "滋賀県大津市老松町4-19-13");
    assert_eq!(address.value.prefecture.map(|p| p.key), Some("25"));
    assert!(address.confidence < 0.8);
    // No name inside that only one prefecture has: no address.
    lines[7] = line("育国中央区本町4-19-13", 0.1, 0.31, 0.72, 0.37);
    assert_eq!(read_card(&lines).address, None);
}

#[test]
fn a_date_out_of_the_cards_shape_is_read_again_on_its_evidence() {
    // `2008年04月11日` read `2008年04月1日`: the two 1s ran together, the blank between them
    // second. The parser would take day 1; the shape (two-digit days) says a digit is lost.
    let one = [('1', 0.9)];
    let run_on = [('1', 0.5)];
    let printed: Vec<[(char, f32); 1]> = "生年月日2008年04月".chars().map(|c| [(c, 0.9)]).collect();
    let day = [('日', 0.9)];
    let mut rows: Vec<(f32, &[(char, f32)])> = printed
        .iter()
        .flat_map(|c| [(0.05, c.as_slice()), (0.95, &[][..])])
        .collect();
    rows.extend([
        (0.05, &one[..]),
        (0.45, &run_on[..]),
        (0.05, &one[..]),
        (0.95, &[][..]),
        (0.05, &day[..]),
    ]);
    let mut lines = residence_card();
    lines[4] = line_with_evidence(&rows, [0.03, 0.22, 0.36, 0.27]);
    assert_eq!(lines[4].text.text, "生年月日2008年04月1日");
    let birth = read_card(&lines).birth_date.expect("a birth date");
    assert_eq!(birth.value.date, d("2008-04-11"));
    // Without evidence, the parser's reading stands, for the user to check.
    lines[4] = line("生年月日 2008年04月1日", 0.03, 0.22, 0.36, 0.27);
    let birth = read_card(&lines).birth_date.expect("a birth date");
    assert_eq!(birth.value.date, d("2008-04-01"));
    assert!(birth.confidence < 0.8);
}

#[test]
fn an_address_whose_prefecture_alone_the_evidence_tells_is_read_for_review() {
    // Greedy `住居地千重超楼市中央一丁目5番12号`: 千葉県 kept (葉 second, 県 lost to the
    // blank), the city's name misread with nothing of it kept.
    let mut readings: Vec<(char, char)> = "住居地千".chars().map(|c| (c, '\0')).collect();
    readings.extend([('重', '葉'), ('\0', '県')]);
    readings.extend("超楼市中央一丁目5番12号".chars().map(|c| (c, '\0')));
    let mut lines = residence_card();
    lines[7] = line_of_readings(&readings, [0.03, 0.31, 0.72, 0.37]);
    let address = read_card(&lines).address.expect("an address");
    assert_eq!(address.value.prefecture.map(|p| p.key), Some("12"));
    assert!(
        address.value.text.starts_with("千葉県"),
        "{}",
        address.value.text
    );
    assert!(address.confidence < 0.5, "{}", address.confidence);
}

#[test]
fn a_towns_machi_misread_before_its_chome_is_read_on_the_evidence() {
    let address = |town: &[(char, char)]| {
        let mut readings: Vec<(char, char)> =
            "愛知県名古屋市中区".chars().map(|c| (c, '\0')).collect();
        readings.extend_from_slice(town);
        readings.extend("四丁目18番6号".chars().map(|c| (c, '\0')));
        let mut lines = residence_card();
        lines[7] = line_of_readings(&readings, [0.1, 0.31, 0.72, 0.37]);
        let address = read_card(&lines).address.expect("an address");
        (address.value.text, address.confidence)
    };
    // `緑司`: 町 second to 司.
    let (text, confidence) = address(&[('緑', '\0'), ('司', '町')]);
    assert_eq!(text, "愛知県名古屋市中区緑町四丁目18番6号");
    assert!(confidence < 0.5, "{confidence}");
    // Nothing of 町 kept: as read.
    let (text, _) = address(&[('緑', '\0'), ('司', '\0')]);
    assert_eq!(text, "愛知県名古屋市中区緑司四丁目18番6号");
    // A town not named …町 keeps its name.
    let (text, _) = address(&[('中', '\0'), ('央', '\0')]);
    assert_eq!(text, "愛知県名古屋市中区中央四丁目18番6号");
}

#[test]
fn a_towns_machi_misread_before_a_hyphenated_block_is_read_on_the_evidence() {
    let address = |town: &[(char, char)]| {
        let mut readings: Vec<(char, char)> = "群馬県伊勢崎市".chars().map(|c| (c, '\0')).collect();
        readings.extend_from_slice(town);
        readings.extend("3-23-7".chars().map(|c| (c, '\0')));
        let mut lines = residence_card();
        lines[7] = line_of_readings(&readings, [0.1, 0.31, 0.72, 0.37]);
        read_card(&lines).address.expect("an address").value.text
    };
    // `南可`: 町 second to 可.
    assert_eq!(
        address(&[('南', '\0'), ('可', '町')]),
        "群馬県伊勢崎市南町3-23-7"
    );
    assert_eq!(
        address(&[('西', '\0'), ('新', '\0'), ('宿', '\0')]),
        "群馬県伊勢崎市西新宿3-23-7"
    );
    // A town lost whole: the municipality's 市 stays, whatever the recogniser kept.
    assert_eq!(address(&[]), "群馬県伊勢崎市3-23-7");
    let mut readings: Vec<(char, char)> = "群馬県伊勢崎".chars().map(|c| (c, '\0')).collect();
    readings.push(('市', '町'));
    readings.extend("3-23-7".chars().map(|c| (c, '\0')));
    let mut lines = residence_card();
    lines[7] = line_of_readings(&readings, [0.1, 0.31, 0.72, 0.37]);
    let text = read_card(&lines).address.expect("an address").value.text;
    assert_eq!(text, "群馬県伊勢崎市3-23-7");
}

#[test]
fn a_block_numbers_ban_read_as_a_digit_or_lost_is_read_on_the_evidence() {
    let address = |block: &[(char, char)]| {
        let mut readings: Vec<(char, char)> = "北海道札幌市中央区本町九丁目"
            .chars()
            .map(|c| (c, '\0'))
            .collect();
        readings.extend_from_slice(block);
        readings.push(('号', '\0'));
        let mut lines = residence_card();
        lines[7] = line_of_readings(&readings, [0.1, 0.31, 0.72, 0.37]);
        read_card(&lines).address.expect("an address").value.text
    };
    // `2203号`: 番 second to the 0.
    assert_eq!(
        address(&[('2', '\0'), ('2', '\0'), ('0', '番'), ('3', '\0')]),
        "北海道札幌市中央区本町九丁目22番3号"
    );
    // `813号`: 番 lost to the blank between 8 and 13.
    assert_eq!(
        address(&[('8', '\0'), ('\0', '番'), ('1', '\0'), ('3', '\0')]),
        "北海道札幌市中央区本町九丁目8番13号"
    );
    // Nothing of 番 kept: as read.
    assert_eq!(
        address(&[('8', '\0'), ('1', '\0'), ('3', '\0')]),
        "北海道札幌市中央区本町九丁目813号"
    );
    // No number starts with 0: `2番03号` is not read.
    assert_eq!(
        address(&[('2', '\0'), ('\0', '番'), ('0', '\0'), ('3', '\0')]),
        "北海道札幌市中央区本町九丁目203号"
    );
}

#[test]
fn a_name_whose_space_the_blank_won_is_read_with_it() {
    let (evidence, greedy) =
        crate::ocr::evidence::testing::words_run_together(&["PATEL", "VIKRAM"], 0.41);
    assert_eq!(greedy, "PATELVIKRAM");
    let mut lines = residence_card();
    let name = lines
        .iter()
        .position(|l| l.text.text == "NGUYEN VAN AN")
        .expect("the name line");
    lines[name].text = RecognizedText {
        evidence: Some(std::sync::Arc::new(evidence)),
        ..RecognizedText::new(greedy, vec![0.9; 11])
    };
    assert_eq!(
        read_card(&lines).name.map(|n| n.value).as_deref(),
        Some("PATEL VIKRAM")
    );
}
