//! The words around the letter (navigation, headings, explanations), per language.
//!
//! The letter itself is never translated here: it comes from `content/`. Languages without an
//! entry use the English words.

pub struct Strings {
    /// The language these words are in.
    pub code: &'static str,
    pub skip: &'static str,
    pub nav_label: &'static str,
    pub letter: &'static str,
    pub signatories: &'static str,
    pub mirrors: &'static str,
    pub verify: &'static str,
    pub plain_text: &'static str,
    pub choose_language: &'static str,
    pub attachments: &'static str,
    pub release: &'static str,
    pub dates_in_manifest: &'static str,
    pub names_listed: &'static str,
    pub stated_total: &'static str,
    pub names_range: &'static str,
    pub pages_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub all_names_txt: &'static str,
    pub no_names: &'static str,
    pub mirrors_intro: &'static str,
    pub no_mirrors: &'static str,
    pub ipfs_intro: &'static str,
    pub ipfs_pending: &'static str,
    pub ipns_name: &'static str,
    pub dnslink_name: &'static str,
    pub gateways: &'static str,
    pub verify_intro: &'static str,
    pub publisher_key: &'static str,
    pub key_id: &'static str,
    pub key_advice: &'static str,
    pub with_minisign: &'static str,
    pub download_these: &'static str,
    pub then_run: &'static str,
    pub with_mirrorcast: &'static str,
    pub this_copy: &'static str,
    /// What the page's own check (proof.js) says, by outcome; `{release}`, `{key}`, `{seen}`,
    /// `{page}`, `{expires}`, `{site}` are filled in by the script.
    pub proof: ProofStrings,
}

/// The line at the foot of every page saying whether the page proved itself genuine.
pub struct ProofStrings {
    pub genuine: &'static str,
    pub local: &'static str,
    pub unreadable: &'static str,
    pub bad_signature: &'static str,
    pub another_key: &'static str,
    pub another_site: &'static str,
    pub expired: &'static str,
    pub replay: &'static str,
    pub altered: &'static str,
}

impl ProofStrings {
    /// Each outcome's name (as proof.js calls it) and words.
    pub fn outcomes(&self) -> [(&'static str, &'static str); 9] {
        [
            ("genuine", self.genuine),
            ("local", self.local),
            ("unreadable", self.unreadable),
            ("bad-signature", self.bad_signature),
            ("another-key", self.another_key),
            ("another-site", self.another_site),
            ("expired", self.expired),
            ("replay", self.replay),
            ("altered", self.altered),
        ]
    }
}

const EN: Strings = Strings {
    code: "en",
    skip: "Skip to the text",
    nav_label: "Site",
    letter: "Letter",
    signatories: "Signatories",
    mirrors: "Other copies",
    verify: "Check this copy",
    plain_text: "Plain text",
    choose_language: "Choose a language",
    attachments: "Attachments",
    release: "Release",
    dates_in_manifest: "When it was published and until when it is valid is signed in manifest.json.",
    names_listed: "Names listed here",
    stated_total: "Total number of signatories stated in the letter",
    names_range: "Names",
    pages_label: "Pages of names",
    previous: "Previous page",
    next: "Next page",
    all_names_txt: "All names as one plain-text file",
    no_names: "No names are listed yet.",
    mirrors_intro: "If one address is blocked, the same letter is kept at the addresses below. Every copy carries the publishers' signature, so any of them can be checked (see “Check this copy”).",
    no_mirrors: "No other addresses are listed yet.",
    ipfs_intro: "The letter is also kept on IPFS, where any node or gateway can serve it by its content address.",
    ipfs_pending: "The IPFS copy has not been published yet.",
    ipns_name: "IPNS name",
    dnslink_name: "DNSLink domain",
    gateways: "Gateways",
    verify_intro: "Anyone can change a copy of a web page. This copy is signed by its publishers, so you can prove that every file in it is exactly as they released it.",
    publisher_key: "Publisher key",
    key_id: "Key ID",
    key_advice: "Compare this key with the one the publishers announced elsewhere: in another copy, in their posts, or in a copy a friend has. A forged copy carries a different key, or a signature that does not verify.",
    with_minisign: "With minisign and sha256sum",
    download_these: "Download these four files from this copy, together with the site's files:",
    then_run: "then, in the folder that holds them, run:",
    with_mirrorcast: "With mirrorcast",
    this_copy: "This copy",
    proof: ProofStrings {
        genuine: "Genuine: release {release}, signed by key {key}, checked just now.",
        local: "Opened from a file: this page cannot check itself here; use minisign or mirrorcast (see “Check this copy”).",
        unreadable: "This copy could not be checked: its signed manifest could not be read. Compare it with another copy.",
        bad_signature: "Warning: this copy's signature is not valid for the publisher key {key}. Do not trust it; read the letter on another copy.",
        another_key: "Warning: this copy is signed by another key than {seen}, the one this browser saw before. Do not trust it; read the letter on another copy.",
        another_site: "Warning: this copy's signed manifest belongs to another site ({site}). Read the letter on another copy.",
        expired: "Warning: this copy's signature expired ({expires}); it may be out of date. Look for a newer copy.",
        replay: "Warning: this copy serves release {release}, older than release {seen}, which this browser has already seen: an old copy may be passed off as current. Look for a newer copy.",
        altered: "Warning: this page ({page}) is not as the publishers signed it in release {release}: it was altered. Read the letter on another copy.",
    },
};

const RU: Strings = Strings {
    code: "ru",
    skip: "Перейти к тексту",
    nav_label: "Сайт",
    letter: "Письмо",
    signatories: "Подписанты",
    mirrors: "Другие копии",
    verify: "Проверить эту копию",
    plain_text: "Простой текст",
    choose_language: "Выберите язык",
    attachments: "Приложения",
    release: "Выпуск",
    dates_in_manifest: "Дата выпуска и срок его действия подписаны в manifest.json.",
    names_listed: "Имён в списке",
    stated_total: "Общее количество подписантов, указанное в письме",
    names_range: "Имена",
    pages_label: "Страницы списка",
    previous: "Предыдущая страница",
    next: "Следующая страница",
    all_names_txt: "Все имена одним текстовым файлом",
    no_names: "Список пока пуст.",
    mirrors_intro: "Если один адрес заблокирован, то же письмо хранится по адресам ниже. Каждая копия подписана издателями, поэтому любую из них можно проверить (см. «Проверить эту копию»).",
    no_mirrors: "Других адресов пока нет.",
    ipfs_intro: "Письмо хранится и в IPFS: любой узел или шлюз может отдать его по адресу содержимого.",
    ipfs_pending: "Копия в IPFS ещё не опубликована.",
    ipns_name: "Имя IPNS",
    dnslink_name: "Домен DNSLink",
    gateways: "Шлюзы",
    verify_intro: "Копию веб-страницы может изменить кто угодно. Эта копия подписана издателями, и вы можете доказать, что каждый её файл именно такой, каким они его выпустили.",
    publisher_key: "Ключ издателя",
    key_id: "Идентификатор ключа",
    key_advice: "Сравните этот ключ с тем, который издатели опубликовали в другом месте: в другой копии, в своих сообщениях или в копии у знакомых. У поддельной копии будет другой ключ или подпись, которая не проходит проверку.",
    with_minisign: "С помощью minisign и sha256sum",
    download_these: "Скачайте эти четыре файла из этой копии вместе с файлами сайта:",
    then_run: "затем в папке с ними выполните:",
    with_mirrorcast: "С помощью mirrorcast",
    this_copy: "Эта копия",
    proof: ProofStrings {
        genuine: "Подлинная копия: выпуск {release}, подписан ключом {key}, проверено только что.",
        local: "Страница открыта из файла и не может проверить себя сама; проверьте её с помощью minisign или mirrorcast (см. «Проверить эту копию»).",
        unreadable: "Эту копию не удалось проверить: подписанный манифест не читается. Сравните её с другой копией.",
        bad_signature: "Внимание: подпись этой копии недействительна для ключа издателя {key}. Не доверяйте ей; прочитайте письмо в другой копии.",
        another_key: "Внимание: эта копия подписана не тем ключом, который этот браузер видел раньше ({seen}). Не доверяйте ей; прочитайте письмо в другой копии.",
        another_site: "Внимание: подписанный манифест этой копии относится к другому сайту ({site}). Прочитайте письмо в другой копии.",
        expired: "Внимание: срок действия подписи этой копии истёк ({expires}); она может быть устаревшей. Найдите более новую копию.",
        replay: "Внимание: эта копия отдаёт выпуск {release}, более старый, чем выпуск {seen}, который этот браузер уже видел: старую копию могут выдавать за текущую. Найдите более новую копию.",
        altered: "Внимание: эта страница ({page}) не совпадает с подписанной издателями в выпуске {release}: её изменили. Прочитайте письмо в другой копии.",
    },
};

/// The name of a language in itself, for the languages we know.
pub fn language_name(code: &str) -> Option<&'static str> {
    match code {
        "en" => Some("English"),
        "ru" => Some("Русский"),
        _ => None,
    }
}

pub fn for_language(code: &str) -> &'static Strings {
    match code.split('-').next().unwrap_or_default() {
        "ru" => &RU,
        _ => &EN,
    }
}
