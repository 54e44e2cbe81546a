"""Agreement prose in six scripts, for the pages of the search benchmark's PDFs.

Each script has article headings, sentence templates and the words that
fill them. ``{place}`` and ``{other}`` take places, ``{area}`` an area of
cooperation, ``{year}`` a year, ``{n}`` a number. Japanese and Thai write
no spaces between words: their templates mark with ``|`` where a line may
break (the mark is not part of the text), so that a line never splits a
word and every word a page holds survives text extraction whole. The
words the benchmark's queries look for (水素, 協定, 東京, 서울특별시,
탄소중립, Москва, กรุงเทพมหานคร, hydrogen buses, التعاون) appear on a
part of the pages, not on all. Every string is NFC.
"""

from __future__ import annotations

from typing import Any

#: Arabic ordinals for article headings (Arabic lines carry no Latin digits,
#: whose left-to-right runs inside a right-to-left line a plain writer cannot order).
_AR_ORDINALS = ("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
                "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة")  # fmt: skip

PROSE: dict[str, dict[str, Any]] = {
    "latin": {
        "language": "en",
        "breaks": " ",
        "heading": ("Article {n}", "Section {n}", "Article {n} – General provisions"),
        "places": (
            "Tokyo",
            "São Paulo",
            "Québec",
            "Málaga",
            "Besançon",
            "Curitiba",
            "Évora",
            "Mérida",
            "Nîmes",
            "Zürich",
            "Kraków",
            "Łódź",
            "Île-de-France",
            "Guadalajara",
        ),
        "areas": (
            "environmental protection",
            "hydrogen buses",
            "cultural exchange",
            "disaster prevention",
            "public health",
            "urban transport",
            "youth exchange",
            "tourism promotion",
            "water management",
            "smart city technology",
            "carbon neutrality",
            "sports exchange",
            "higher education",
        ),
        "sentences": (
            "The City of {place} and the City of {other} hereby agree to promote {area}.",
            "Both Parties shall exchange information on {area} once a year from {year}.",
            "This Memorandum shall enter into force on the date of its signature in {year}.",
            "The Parties shall introduce hydrogen buses on the main routes of {place}.",
            "A joint committee of {n} members shall review the progress of {area}.",
            "Nothing in this Agreement shall affect the rights of either Party under law.",
            "Les deux Parties s'engagent à développer la coopération en matière de {area}.",
            "La présente déclaration prend effet à la date de sa signature à {place}.",
            "Las Partes fomentarán el intercambio de jóvenes entre {place} y {other}.",
            "As Partes promoverão a cooperação técnica no domínio da {area}.",
            "Either Party may terminate this Agreement by giving {n} months' written notice.",
            "The delegations met in {place} to discuss {area} and signed the minutes.",
            "Expenses arising from visits shall be borne by the sending Party unless agreed.",
            "The Parties welcome the hydrogen buses pilot of {other} as a model for {place}.",
        ),
    },
    "japanese": {
        "language": "ja",
        "breaks": "|",
        "heading": ("第{n}条", "第{n}条（目的）", "第{n}条（協力分野）"),
        "places": (
            "東京",
            "東京都",
            "札幌市",
            "仙台市",
            "金沢市",
            "松山市",
            "鹿児島市",
            "那覇市",
            "横浜市",
            "大阪市",
            "京都市",
            "神戸市",
        ),
        "areas": (
            "水素",
            "環境保全",
            "防災",
            "文化交流",
            "観光振興",
            "青少年交流",
            "公衆衛生",
            "都市交通",
            "脱炭素",
            "水道事業",
            "スポーツ交流",
        ),
        "sentences": (
            "{place}|及び|{other}|は、|{area}|の|分野において|協力する|ことに|合意する。",
            "両都市は、|{year}年|から|毎年|{area}|に関する|情報を|交換する|ものとする。",
            "本協定は、|署名の日から|効力を生じ、|{n}年間|有効とする。",
            "{place}|は、|水素|を|活用した|燃料電池バス|の|導入|に|ついて|{other}|と|協議する。",
            "本覚書に|定めのない|事項は、|両者が|誠意をもって|協議の上|決定する。",
            "協定|の|実施に|要する|経費は、|原則として|各自が|負担する。",
            "両者は、|東京|において|{area}|に関する|共同会議を|年に|{n}回|開催する。",
            "この|協定は、|日本語|及び|英語により|各{n}通|作成し、|両本文は|等しく|正文とする。",
            "{other}|代表団は|{year}年|に|{place}|を訪問し、|{area}|の現状を|視察した。",
            "署名式は|都庁第一本庁舎|で行われた。",
        ),
    },
    "korean": {
        "language": "ko",
        "breaks": " ",
        "heading": ("제{n}조", "제{n}조 (목적)", "제{n}조 (협력 분야)"),
        "places": (
            "서울특별시",
            "부산광역시",
            "인천광역시",
            "대구광역시",
            "광주광역시",
            "제주특별자치도",
            "대전광역시",
            "수원시",
        ),
        "areas": (
            "탄소중립",
            "환경 보전",
            "재난 예방",
            "문화 교류",
            "관광 진흥",
            "청소년 교류",
            "공중 보건",
            "도시 교통",
            "수소 버스",
            "스마트 도시",
        ),
        "sentences": (
            "{place}와 {other}는 {area} 분야에서 협력하기로 합의한다.",
            "양 도시는 {year}년부터 매년 {area}에 관한 정보를 교환한다.",
            "이 협정은 서명한 날부터 효력이 발생하며 {n}년간 유효하다.",
            "서울특별시는 탄소중립 목표를 달성하기 위하여 {other}와 공동 사업을 추진한다.",
            "이 양해각서에 규정되지 않은 사항은 양측이 성실히 협의하여 결정한다.",
            "협정의 이행에 필요한 경비는 원칙적으로 각자 부담한다.",
            "양측은 {place}에서 {area}에 관한 공동 회의를 연 {n}회 개최한다.",
            "이 협정은 한국어와 영어로 각 {n}부 작성되며 두 본문은 동등하게 정본이다.",
            "{other} 대표단은 {year}년 {place}를 방문하여 {area} 현황을 시찰하였다.",
        ),
    },
    "cyrillic": {
        "language": "ru",
        "breaks": " ",
        "heading": ("Статья {n}", "Статья {n}. Общие положения", "Раздел {n}"),
        "places": (
            "Москва",
            "Новосибирск",
            "Алматы",
            "София",
            "Београд",
            "Улаанбаатар",
            "Київ",
            "Казань",
            "Санкт-Петербург",
        ),
        "areas": (
            "охраны окружающей среды",
            "культурного обмена",
            "предупреждения бедствий",
            "здравоохранения",
            "городского транспорта",
            "молодёжного обмена",
            "туризма",
            "водородных автобусов",
            "образования",
        ),
        "sentences": (
            "Москва и {other} договорились развивать сотрудничество в области {area}.",
            "Стороны ежегодно обмениваются информацией в сфере {area} начиная с {year} года.",
            "Настоящее Соглашение вступает в силу с даты подписания и действует {n} лет.",
            "Делегация города {other} посетила {place} в {year} году для изучения {area}.",
            "Вопросы, не урегулированные настоящим Меморандумом, решаются путём консультаций.",
            "Расходы, связанные с визитами, несёт направляющая Сторона, если не оговорено иное.",
            "Совместная комиссия из {n} членов рассматривает ход сотрудничества в области {area}.",
            "Совершено в городе {place} в двух экземплярах, каждый на русском и английском языках.",
            "Любая из Сторон может прекратить действие Соглашения, уведомив другую за {n} месяцев.",
        ),
    },
    "thai": {
        "language": "th",
        "breaks": "|",
        "heading": ("ข้อ {n}", "ข้อ {n} วัตถุประสงค์", "ข้อ {n} ขอบเขตความร่วมมือ"),
        "places": ("กรุงเทพมหานคร", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "หาดใหญ่", "นครราชสีมา", "อุดรธานี"),
        "areas": (
            "สิ่งแวดล้อม",
            "การท่องเที่ยว",
            "วัฒนธรรม",
            "การป้องกันภัยพิบัติ",
            "สาธารณสุข",
            "การขนส่งในเมือง",
            "การแลกเปลี่ยนเยาวชน",
            "พลังงานไฮโดรเจน",
        ),
        "sentences": (
            "{place}|และ|{other}|ตกลง|ที่จะ|ส่งเสริม|ความร่วมมือ|ด้าน|{area}",
            "ทั้งสอง|ฝ่าย|จะ|แลกเปลี่ยน|ข้อมูล|ด้าน|{area}|ทุกปี|ตั้งแต่|ปี|{year}",
            "บันทึก|ความเข้าใจ|นี้|มีผล|ใช้บังคับ|ตั้งแต่|วันที่|ลงนาม|เป็นเวลา|{n}|ปี",
            "กรุงเทพมหานคร|จะ|จัด|ประชุม|ร่วมกับ|{other}|ปีละ|{n}|ครั้ง",
            "เรื่อง|ที่|มิได้|กำหนด|ไว้|ใน|บันทึก|นี้|ให้|ทั้งสอง|ฝ่าย|หารือ|กัน|โดย|สุจริต",
            "ค่าใช้จ่าย|ใน|การ|เดินทาง|ให้|ฝ่าย|ที่|ส่ง|คณะ|ผู้แทน|เป็น|ผู้รับผิดชอบ",
            "คณะ|ผู้แทน|จาก|{other}|เดินทาง|เยือน|{place}|เพื่อ|ศึกษา|ดูงาน|ด้าน|{area}",
        ),
    },
    "arabic": {
        "language": "ar",
        "breaks": " ",
        "heading": tuple(f"المادة {ordinal}" for ordinal in _AR_ORDINALS),
        "places": ("القاهرة", "أبوظبي", "الرباط", "عمان", "الدوحة", "دبي", "الإسكندرية", "مراكش"),
        "areas": (
            "حماية البيئة",
            "التبادل الثقافي",
            "الوقاية من الكوارث",
            "الصحة العامة",
            "النقل الحضري",
            "تبادل الشباب",
            "السياحة",
            "الطاقة النظيفة",
        ),
        "sentences": (
            "اتفقت مدينة {place} ومدينة {other} على تعزيز التعاون في مجال {area}.",
            "يتبادل الطرفان المعلومات في مجال {area} بصفة دورية.",
            "تدخل هذه المذكرة حيز التنفيذ من تاريخ التوقيع عليها.",
            "يشكل الطرفان لجنة مشتركة لمتابعة التعاون في مجال {area}.",
            "تسوى المسائل التي لم تنص عليها هذه المذكرة بالتشاور بين الطرفين.",
            "يتحمل الطرف المرسل نفقات الزيارات ما لم يتفق على خلاف ذلك.",
            "زار وفد من مدينة {other} مدينة {place} لبحث سبل التعاون المشترك.",
            "حررت هذه المذكرة في مدينة {place} باللغتين العربية والإنجليزية.",
        ),
    },
}

#: The scripts of :data:`PROSE`, in the order documents take them in turn.
SCRIPT_NAMES = tuple(PROSE)


def year_text(script: str, year: int) -> str:
    """``year`` as the script's prose writes it (Thai: the Buddhist era, as Thai documents do)."""
    return str(year + 543) if script == "thai" else str(year)


def characters() -> dict[str, set[str]]:
    """Every character each script's prose can write, ``|`` marks and slots left out."""
    found: dict[str, set[str]] = {}
    for script, prose in PROSE.items():
        chars: set[str] = set("0123456789 ")
        for key in ("heading", "places", "areas", "sentences"):
            for text in prose[key]:
                for slot in ("{place}", "{other}", "{area}", "{year}", "{n}"):
                    text = text.replace(slot, "")
                chars.update(text.replace("|", ""))
        found[script] = chars
    return found
