//! Japanese text normalisation for recognised card text.
//!
//! The recogniser was trained on Chinese as much as Japanese, so it sometimes answers with a
//! simplified or traditional form (别 for 別), a Chinese middle dot, or a hiragana where the
//! card has the identical-looking katakana (べ/ベ). Full-width Latin letters and digits become
//! half-width so numbers and names compare as ASCII.

use madoguchi_rules::text::to_half_width;

/// Simplified and traditional forms → the form Japanese cards print. Only characters that occur
/// in what the card prints (statuses, prefectures, labels, nationalities) are worth listing.
const VARIANTS: &[(char, char)] = &[
    ('别', '別'),
    ('满', '満'),
    ('滿', '満'),
    ('间', '間'),
    ('资', '資'),
    ('术', '術'),
    ('识', '識'),
    ('际', '際'),
    ('务', '務'),
    ('转', '転'),
    ('轉', '転'),
    ('动', '動'),
    ('业', '業'),
    ('经', '経'),
    ('經', '経'),
    ('营', '営'),
    ('營', '営'),
    ('县', '県'),
    ('縣', '県'),
    ('东', '東'),
    ('长', '長'),
    ('许', '許'),
    ('证', '証'),
    ('證', '証'),
    ('发', '発'),
    ('發', '発'),
    ('类', '類'),
    ('种', '種'),
    ('职', '職'),
    ('专', '専'),
    ('專', '専'),
    ('实', '実'),
    ('實', '実'),
    ('习', '習'),
    ('艺', '芸'),
    ('藝', '芸'),
    ('报', '報'),
    ('疗', '療'),
    ('醫', '医'),
    ('兴', '興'),
    ('护', '護'),
    ('计', '計'),
    ('岛', '島'),
    ('冈', '岡'),
    ('宫', '宮'),
    ('马', '馬'),
    ('绳', '縄'),
    ('繩', '縄'),
    ('贺', '賀'),
    ('广', '広'),
    ('廣', '広'),
    ('滨', '浜'),
    ('濱', '浜'),
    ('儿', '児'),
    ('兒', '児'),
    ('库', '庫'),
    ('冲', '沖'),
    ('霸', '覇'),
    ('韩', '韓'),
    ('鲜', '鮮'),
    ('灣', '湾'),
    ('罗', '羅'),
    ('兰', '蘭'),
    ('尔', '爾'),
    ('亚', '亜'),
    ('亞', '亜'),
    ('國', '国'),
    ('區', '区'),
    ('學', '学'),
    ('號', '号'),
    ('门', '門'),
    ('关', '関'),
    ('關', '関'),
    ('泽', '沢'),
    ('澤', '沢'),
    ('條', '条'),
    ('驻', '駐'),
    ('读', '読'),
    ('书', '書'),
    ('记', '記'),
    ('载', '載'),
    ('机', '機'),
    ('构', '構'),
    ('无', '無'),
    ('齐', '斉'),
    ('岁', '歳'),
    ('续', '続'),
    ('变', '変'),
    ('审', '審'),
    ('应', '応'),
    ('试', '試'),
    ('龄', '齢'),
    ('严', '厳'),
    ('结', '結'),
    ('给', '給'),
    ('练', '練'),
    ('训', '訓'),
    ('叶', '葉'),
    ('岭', '嶺'),
    ('丰', '豊'),
    ('爱', '愛'),
    ('乡', '郷'),
    ('乐', '楽'),
    ('樂', '楽'),
    ('团', '団'),
    ('團', '団'),
    ('體', '体'),
    ('对', '対'),
    ('为', '為'),
    ('劳', '労'),
    ('勞', '労'),
    ('卫', '衛'),
    ('统', '統'),
    ('领', '領'),
    ('让', '譲'),
    ('传', '伝'),
    ('傳', '伝'),
    ('鸟', '鳥'),
    ('靜', '静'),
    ('歧', '岐'),
    ('豐', '豊'),
];

/// Katakana that recognisers confuse with hiragana or kanji of the same shape: in a katakana
/// word (a katakana neighbour) the katakana is meant.
pub(crate) const KATAKANA_LOOKALIKES: &[(char, char)] = &[
    ('へ', 'ヘ'),
    ('べ', 'ベ'),
    ('ぺ', 'ペ'),
    ('力', 'カ'),
    ('工', 'エ'),
    ('口', 'ロ'),
    ('二', 'ニ'),
    ('卜', 'ト'),
    ('夕', 'タ'),
    ('八', 'ハ'),
    ('了', 'ア'),
    ('七', 'セ'),
    ('才', 'オ'),
    ('廿', 'サ'),
    ('一', 'ー'),
    ('-', 'ー'),
    ('—', 'ー'),
    ('－', 'ー'),
];

/// A katakana letter or the long mark: what makes a katakana word (the middle dot only
/// separates words).
pub(crate) fn is_katakana_letter(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー')
}

/// Normalises recognised text: full-width ASCII → half-width, Japanese character forms, the
/// katakana middle dot, and katakana look-alikes inside katakana words.
pub fn normalize(text: &str) -> String {
    let half = to_half_width(text);
    let mut chars: Vec<char> = half
        .chars()
        .map(|c| match c {
            '·' | '•' | '･' | '‧' | '∙' | '⋅' | '〮' => '・',
            _ => VARIANTS
                .iter()
                .find(|(from, _)| *from == c)
                .map_or(c, |(_, to)| *to),
        })
        .collect();
    // A full stop between two kanji is a misread middle dot (国籍.地域).
    for i in 1..chars.len().saturating_sub(1) {
        if matches!(chars[i], '.' | '。' | '､' | '、')
            && crate::text::is_kanji(chars[i - 1])
            && crate::text::is_kanji(chars[i + 1])
        {
            chars[i] = '・';
        }
    }
    // Two passes so a run of look-alikes next to one real katakana converts as a whole.
    for _ in 0..2 {
        for i in 0..chars.len() {
            let Some(&(_, katakana)) = KATAKANA_LOOKALIKES
                .iter()
                .find(|(from, _)| *from == chars[i])
            else {
                continue;
            };
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            // ヶ counts places (七ヶ浜町), it makes no katakana word.
            let in_word = [before, after]
                .into_iter()
                .flatten()
                .any(|c| is_katakana_letter(c) && !matches!(c, 'ヶ' | 'ヵ'));
            if in_word {
                chars[i] = katakana;
            }
        }
    }
    small_vowels_after_fu(&mut chars);
    for i in 0..chars.len() {
        // `<` between kana is a flattened く (`つ<ば市`): no card prints `<` in Japanese text.
        let kana = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|&c| is_kana(c));
        if matches!(chars[i], '<' | '＜') && kana(i.checked_sub(1)) && kana(Some(i + 1)) {
            chars[i] = 'く';
        }
    }
    chars.into_iter().collect()
}

/// One character as [`normalize`] makes it on its own, without neighbours (`２` → `2`,
/// `别` → `別`).
pub fn normalize_char(c: char) -> char {
    normalize(c.encode_utf8(&mut [0; 4]))
        .chars()
        .next()
        .unwrap_or(c)
}

/// Hiragana or katakana (with the long mark and ヶ).
pub(crate) fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FF}')
}

/// In a katakana word, フ before a full-size ア, イ, エ or オ is the loanword sound written
/// with the small vowel (ファ, フィ, フェ, フォ): small print loses the vowel's size
/// (`ラフオーレ`, `フイリピン`), and katakana words almost never spell フ and the vowel apart.
fn small_vowels_after_fu(chars: &mut [char]) {
    for i in 1..chars.len() {
        let small = match chars[i] {
            'ア' => 'ァ',
            'イ' => 'ィ',
            'エ' => 'ェ',
            'オ' => 'ォ',
            _ => continue,
        };
        if chars[i - 1] == 'フ' {
            chars[i] = small;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_forms_and_dots() {
        assert_eq!(normalize("性别"), "性別");
        assert_eq!(normalize("在留期间(满了日)"), "在留期間(満了日)");
        assert_eq!(
            normalize("技术·人文知识·国际业务"),
            "技術・人文知識・国際業務"
        );
    }

    #[test]
    fn katakana_context() {
        assert_eq!(normalize("べトナム"), "ベトナム");
        assert_eq!(normalize("ネパ一ル"), "ネパール");
        assert_eq!(normalize("スクエ了"), "スクエア");
        // 満了日 is no katakana word.
        assert_eq!(normalize("在留期間(満了日)"), "在留期間(満了日)");
        assert_eq!(normalize("スリランカ"), "スリランカ");
        // Outside katakana words the kanji stay.
        assert_eq!(normalize("二丁目一番"), "二丁目一番");
        assert_eq!(normalize("へいせい"), "へいせい");
        assert_eq!(normalize("エク七ル"), "エクセル");
        assert_eq!(normalize("カー廿"), "カーサ");
        assert_eq!(normalize("七丁目"), "七丁目");
        assert_eq!(normalize("宮城郡七ヶ浜町"), "宮城郡七ヶ浜町");
    }

    #[test]
    fn loanword_sounds_and_flattened_ku() {
        assert_eq!(normalize("ラフ才ーレ"), "ラフォーレ");
        assert_eq!(normalize("フイリピン"), "フィリピン");
        assert_eq!(normalize("フリー"), "フリー");
        assert_eq!(normalize("つ<ば市"), "つくば市");
        // Between Latin letters `<` stays (MRZ fillers never reach here, but names might).
        assert_eq!(normalize("A<B"), "A<B");
    }

    #[test]
    fn full_width_to_half_width() {
        assert_eq!(normalize("ＡＢ１２３４５６７８ＣＤ"), "AB12345678CD");
        assert_eq!(normalize("（２０３０年）"), "(2030年)");
    }
}
