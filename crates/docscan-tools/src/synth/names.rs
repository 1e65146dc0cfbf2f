//! Random people: names by nationality, addresses, dates.

use madoguchi_rules::CivilDate;
use rand::Rng;
use rand::seq::SliceRandom;

/// (ICAO code, surnames, given names) for the nationalities most common among residents.
const PEOPLE: &[(&str, &[&str], &[&str])] = &[
    (
        "VNM",
        &["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI"],
        &[
            "VAN AN",
            "THI HOA",
            "MINH DUC",
            "THI LAN",
            "QUOC BAO",
            "HUU PHUOC",
        ],
    ),
    (
        "CHN",
        &[
            "WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG",
        ],
        &["WEI", "FANG", "XIAOMING", "JING", "HAOYU", "MEILING"],
    ),
    (
        "KOR",
        &["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG"],
        &["MINJUN", "SEOYEON", "JIHO", "HAEUN", "DOYOON"],
    ),
    (
        "PHL",
        &["SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA", "MENDOZA"],
        &["MARIA CLARA", "JOSE", "ANGELICA", "MARK ANTHONY", "JOY"],
    ),
    (
        "NPL",
        &["SHRESTHA", "GURUNG", "TAMANG", "RAI", "THAPA", "MAGAR"],
        &["RAM", "SITA", "BIKASH", "ANJALI", "SURESH KUMAR"],
    ),
    (
        "BRA",
        &["SILVA", "SANTOS", "OLIVEIRA", "SOUZA", "PEREIRA", "COSTA"],
        &["JOAO", "ANA PAULA", "LUCAS", "FERNANDA", "RAFAEL"],
    ),
    (
        "IDN",
        &["SETIAWAN", "SANTOSO", "WIJAYA", "PRATAMA", "HIDAYAT"],
        &["BUDI", "SITI", "AGUS", "DEWI", "RIZKY"],
    ),
    (
        "USA",
        &["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER"],
        &["JOHN", "EMILY", "MICHAEL", "SARAH", "DAVID JAMES"],
    ),
    (
        "MMR",
        &["AUNG", "HTUN", "KYAW", "MYINT", "WIN"],
        &["THANT", "SU", "ZAW", "NAING", "HLAING"],
    ),
    (
        "LKA",
        &["PERERA", "FERNANDO", "SILVA", "JAYASURIYA", "BANDARA"],
        &["NIMAL", "KUMARI", "SAMAN", "DILANI"],
    ),
    (
        "THA",
        &["SAETANG", "CHAIYAPORN", "SRISAI", "WONGSA"],
        &["SOMCHAI", "SUDA", "ANAN", "PRANEE"],
    ),
    (
        "GBR",
        &["TAYLOR", "WILSON", "EVANS", "THOMAS", "ROBERTS"],
        &["OLIVER", "AMELIA", "HARRY", "ISLA"],
    ),
    (
        "IND",
        &["SHARMA", "PATEL", "SINGH", "KUMAR", "GUPTA"],
        &["PRIYA", "RAHUL", "ANANYA", "VIKRAM"],
    ),
    (
        "PER",
        &["QUISPE", "FLORES", "ROJAS", "HUAMAN"],
        &["CARLOS", "ROSA", "LUIS", "CARMEN"],
    ),
];

/// Cities by prefecture code, so addresses read like real ones.
const CITIES: &[(&str, &str)] = &[
    ("01", "札幌市中央区"),
    ("04", "仙台市青葉区"),
    ("11", "さいたま市大宮区"),
    ("11", "川口市"),
    ("12", "千葉市中央区"),
    ("12", "船橋市"),
    ("13", "新宿区"),
    ("13", "豊島区"),
    ("13", "江戸川区"),
    ("13", "八王子市"),
    ("14", "横浜市中区"),
    ("14", "川崎市川崎区"),
    ("20", "長野市"),
    ("21", "岐阜市"),
    ("22", "浜松市中央区"),
    ("23", "名古屋市中区"),
    ("23", "豊田市"),
    ("26", "京都市下京区"),
    ("27", "大阪市生野区"),
    ("27", "堺市堺区"),
    ("28", "神戸市中央区"),
    ("33", "岡山市北区"),
    ("34", "広島市中区"),
    ("40", "福岡市博多区"),
    ("43", "熊本市中央区"),
    ("47", "那覇市"),
    ("08", "つくば市"),
    ("10", "伊勢崎市"),
    ("09", "宇都宮市"),
    ("24", "四日市市"),
    ("25", "大津市"),
];

const PREFECTURES: &[(&str, &str)] = &[
    ("01", "北海道"),
    ("04", "宮城県"),
    ("08", "茨城県"),
    ("09", "栃木県"),
    ("10", "群馬県"),
    ("11", "埼玉県"),
    ("12", "千葉県"),
    ("13", "東京都"),
    ("14", "神奈川県"),
    ("20", "長野県"),
    ("21", "岐阜県"),
    ("22", "静岡県"),
    ("23", "愛知県"),
    ("24", "三重県"),
    ("25", "滋賀県"),
    ("26", "京都府"),
    ("27", "大阪府"),
    ("28", "兵庫県"),
    ("33", "岡山県"),
    ("34", "広島県"),
    ("40", "福岡県"),
    ("43", "熊本県"),
    ("47", "沖縄県"),
];

const KANJI_NUMBERS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九"];

pub struct Person {
    pub nationality: &'static str,
    pub surname: &'static str,
    pub given_names: &'static str,
    pub birth_date: CivilDate,
    pub male: bool,
}

pub fn person(rng: &mut impl Rng) -> Person {
    let (nationality, surnames, given) = PEOPLE[rng.gen_range(0..PEOPLE.len())];
    Person {
        nationality,
        surname: surnames.choose(rng).copied().unwrap_or("SMITH"),
        given_names: given.choose(rng).copied().unwrap_or("JOHN"),
        birth_date: date_between(rng, 1950, 2012),
        male: rng.gen_bool(0.5),
    }
}

/// A real town (町域) of the municipality, from the reader's own list of Japan Post's towns:
/// a card prints its resident's real town, which the reader knows only that way.
fn town_of(prefecture: &str, city: &str, rng: &mut impl Rng) -> &'static str {
    madoguchi_docscan::municipalities::of_prefecture(prefecture)
        .find(|m| m.name == city)
        .and_then(|m| madoguchi_docscan::towns::of_municipality(m.code).choose(rng))
        .copied()
        .unwrap_or("本町")
}

/// (prefecture code, address as printed).
pub fn address(rng: &mut impl Rng) -> (&'static str, String) {
    let (code, city) = CITIES[rng.gen_range(0..CITIES.len())];
    let prefecture = PREFECTURES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("東京都", |(_, p)| *p);
    let town = town_of(code, city, rng);
    let chome = KANJI_NUMBERS.choose(rng).copied().unwrap_or("一");
    let address = match rng.gen_range(0..3) {
        0 => format!(
            "{prefecture}{city}{town}{chome}丁目{}番{}号",
            rng.gen_range(1..30),
            rng.gen_range(1..20)
        ),
        1 => format!(
            "{prefecture}{city}{town}{}-{}-{}",
            rng.gen_range(1..9),
            rng.gen_range(1..30),
            rng.gen_range(1..20)
        ),
        _ => format!(
            "{prefecture}{city}{town}{chome}丁目{}番{}号 {}{}号室",
            rng.gen_range(1..30),
            rng.gen_range(1..20),
            building(rng, town),
            rng.gen_range(101..410)
        ),
    };
    (code, address)
}

/// Words building names begin with; some are not among the reader's known words
/// (`docscan::buildings`), so that the benchmark also shows what an unknown name costs.
const BUILDING_LEADS: &[&str] = &[
    "コーポ",
    "メゾン",
    "ハイツ",
    "グラン",
    "シャトー",
    "カーサ",
    "ルミエール",
    "エスポワール",
    "ソレイユ",
];
/// Words building names end with, likewise.
const BUILDING_TAILS: &[&str] = &[
    "ハイツ",
    "ハイム",
    "コート",
    "マンション",
    "レジデンス",
    "パレス",
    "荘",
    "ビル",
    "スクエア",
];
/// Whole names made of no known word.
const BUILDING_NAMES: &[&str] = &[
    "サンライズ",
    "グリーンヒル",
    "ラフォーレ",
    "エクセル",
    "パストラル",
    "ときわ荘",
];

/// An apartment building's name: a leading word and its town's name, its town's name and a
/// trailing word, or a name of its own.
fn building(rng: &mut impl Rng, town: &str) -> String {
    match rng.gen_range(0..3) {
        0 => format!(
            "{}{town}",
            BUILDING_LEADS.choose(rng).copied().unwrap_or("コーポ")
        ),
        1 => format!(
            "{town}{}",
            BUILDING_TAILS.choose(rng).copied().unwrap_or("ハイツ")
        ),
        _ => BUILDING_NAMES
            .choose(rng)
            .copied()
            .unwrap_or("サンライズ")
            .to_owned(),
    }
}

pub fn date_between(rng: &mut impl Rng, first_year: i32, last_year: i32) -> CivilDate {
    loop {
        let year = rng.gen_range(first_year..=last_year);
        let month = rng.gen_range(1..=12);
        let day = rng.gen_range(1..=28);
        if let Some(date) = CivilDate::new(year, month, day) {
            return date;
        }
    }
}

pub fn letters(rng: &mut impl Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'A' + rng.gen_range(0..26u8)))
        .collect()
}

pub fn digits(rng: &mut impl Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The photos print real municipalities, so the reader's municipality list is tested as
    /// a resident's card would test it.
    #[test]
    fn every_city_is_a_municipality_of_its_prefecture() {
        for (prefecture, city) in CITIES {
            let known = madoguchi_docscan::municipalities::of_prefecture(prefecture)
                .any(|m| m.name == *city);
            assert!(
                known,
                "{city} is not a municipality of prefecture {prefecture}"
            );
        }
    }

    #[test]
    fn addresses_print_a_real_town_of_their_city() {
        use rand::SeedableRng;
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        for _ in 0..50 {
            let (prefecture, address) = address(&mut rng);
            let (_, city) = CITIES
                .iter()
                .find(|(p, c)| *p == prefecture && address.contains(c))
                .expect("a city of the list");
            let code = madoguchi_docscan::municipalities::of_prefecture(prefecture)
                .find(|m| m.name == *city)
                .map(|m| m.code)
                .expect("a municipality");
            let after = address.split_once(city).map(|(_, rest)| rest).unwrap_or("");
            assert!(
                madoguchi_docscan::towns::of_municipality(code)
                    .iter()
                    .any(|town| after.starts_with(town)),
                "{address}"
            );
        }
    }
}
