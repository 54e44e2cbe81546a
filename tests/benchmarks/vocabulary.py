"""Words of the generated libraries, in the scripts an international-affairs office meets.

Latin (with accents), Japanese, Korean, Cyrillic, Thai and Arabic. Every
string is NFC and has no leading or trailing space, so a generated record
survives Accord's cleaning (``db.text.clean``) unchanged, and an export of
it imports back unchanged.
"""

from __future__ import annotations

from typing import Any

#: (script, country, English place stems, local place stems, title words, note lines)
SCRIPTS: tuple[dict[str, Any], ...] = (
    {
        "script": "latin",
        "language": "fr",
        "countries": ("France", "Brazil", "Spain", "Portugal", "Mexico", "Côte d'Ivoire"),
        "places": ("São Paulo", "Québec", "Málaga", "Besançon", "Curitiba", "Évora", "Mérida",
                   "Nîmes", "Guadalajara", "Zürich", "Kraków", "Łódź", "Île-de-France"),
        "local": ("São Paulo", "Québec", "Málaga", "Besançon", "Curitiba", "Évora", "Mérida",
                  "Nîmes", "Guadalajara", "Zürich", "Kraków", "Łódź", "Île-de-France"),
        "title": ("Accord de coopération culturelle", "Déclaration conjointe sur l'énergie",
                  "Memorando de entendimiento sobre turismo", "Protocolo de cooperação técnica",
                  "Lettre d'intention pour la jeunesse", "Communiqué conjoint sur la santé"),
        "notes": ("Signé à l'Hôtel de Ville.", "Renouvellement prévu après l'échéance.",
                  "Firmado en presencia del alcalde.", "Texto original en português."),
    },
    {
        "script": "japanese",
        "language": "ja",
        "countries": ("Japan",),
        "places": ("Sapporo", "Sendai", "Kanazawa", "Matsuyama", "Kagoshima", "Naha"),
        "local": ("札幌", "仙台", "金沢", "松山", "鹿児島", "那覇", "髙松", "ｶﾜｻｷ"),
        "title": ("友好交流に関する覚書", "環境分野における協力の共同声明",
                  "文化・スポーツ交流協定", "防災協力に関する意向書", "観光振興の共同宣言"),
        "notes": ("署名式は都庁第一本庁舎で行われた。", "原本は国際部で保管。",
                  "更新の協議を予定。", "①②③の条項を含む。"),
    },
    {
        "script": "korean",
        "language": "ko",
        "countries": ("Republic of Korea",),
        "places": ("Seoul", "Busan", "Incheon", "Daegu", "Gwangju", "Jeju"),
        "local": ("서울특별시", "부산광역시", "인천광역시", "대구광역시", "광주광역시", "제주"),
        "title": ("우호 교류에 관한 양해각서", "환경 협력 공동 성명", "문화 체육 교류 협정",
                  "관광 진흥 공동 선언", "청소년 교류 의향서"),
        "notes": ("서울시청에서 서명.", "원본은 국제부 보관.", "갱신 협의 예정."),
    },
    {
        "script": "cyrillic",
        "language": "ru",
        "countries": ("Russia", "Kazakhstan", "Bulgaria", "Serbia", "Mongolia", "Ukraine"),
        "places": ("Moskva", "Almaty", "Sofia", "Beograd", "Ulaanbaatar", "Kyiv", "Novosibirsk"),
        "local": ("Москва", "Алматы", "София", "Београд", "Улаанбаатар", "Київ", "Новосибирск"),
        "title": ("Меморандум о взаимопонимании", "Совместное заявление о сотрудничестве",
                  "Соглашение о культурном обмене", "Протокол о намерениях в области экологии"),
        "notes": ("Подписано в мэрии.", "Оригинал хранится в отделе.", "Продление обсуждается."),
    },
    {
        "script": "thai",
        "language": "th",
        "countries": ("Thailand",),
        "places": ("Bangkok", "Chiang Mai", "Phuket", "Khon Kaen", "Hat Yai"),
        "local": ("กรุงเทพมหานคร", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "หาดใหญ่"),
        "title": ("บันทึกความเข้าใจว่าด้วยความร่วมมือ", "แถลงการณ์ร่วมด้านสิ่งแวดล้อม",
                  "ข้อตกลงแลกเปลี่ยนทางวัฒนธรรม", "หนังสือแสดงเจตจำนงด้านการท่องเที่ยว"),
        "notes": ("ลงนามที่ศาลาว่าการ", "ต้นฉบับเก็บที่ฝ่ายต่างประเทศ"),
    },
    {
        "script": "arabic",
        "language": "ar",
        "countries": ("Egypt", "United Arab Emirates", "Morocco", "Jordan", "Qatar"),
        "places": ("Cairo", "Abu Dhabi", "Rabat", "Amman", "Doha", "Dubai"),
        "local": ("القاهرة", "أبوظبي", "الرباط", "عمّان", "الدوحة", "دبي"),
        "title": ("مذكرة تفاهم بشأن التعاون", "بيان مشترك حول البيئة", "اتفاقية التبادل الثقافي",
                  "خطاب نوايا في مجال السياحة"),
        "notes": ("وقعت في مبنى البلدية.", "النسخة الأصلية محفوظة في الإدارة."),
    },
)  # fmt: skip

#: English title parts shared by every script (most offices title in English too).
ENGLISH_TITLES = (
    "Memorandum of Understanding on Friendship and Exchange",
    "Joint Statement on Climate Action",
    "Agreement on Cultural and Sports Exchange",
    "Joint Communiqué on Urban Resilience",
    "Letter of Intent on Smart City Cooperation",
    "Joint Declaration on Public Health",
    "Memorandum on Youth and Education Exchange",
)

#: Areas of cooperation (the ``areas`` list of an agreement).
AREAS = (
    "environment", "culture", "sports", "tourism", "education", "disaster prevention",
    "public health", "transport", "economy", "youth exchange", "smart city", "water",
    "防災", "文化交流", "환경", "культура",
)  # fmt: skip

#: Names of attached files, in several scripts; ``{n}`` is the document number.
DOCUMENT_NAMES = (
    "signed-original-{n}.pdf",
    "MoU {n} (signed).pdf",
    "署名版_{n}.pdf",
    "협정서_{n}.pdf",
    "Меморандум_{n}.pdf",
    "translation_en_{n}.pdf",
)
