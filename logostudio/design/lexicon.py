"""Industry lexicon: business words and synonyms -> candidate Material Design Icons slugs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache


@dataclass(frozen=True)
class Industry:
    key: str  # "coffee shop"
    category: str  # "food and drink"
    keywords: tuple[str, ...]  # words or phrases that identify it, lower case
    icons: tuple[str, ...]  # MDI slugs, best first; every one exists in material-design-icons-pack


# Categories.
FOOD = "food and drink"
TRADES = "trades and construction"
HEALTH = "health and medical"
BEAUTY = "beauty and wellness"
FINANCE = "law and finance"
TECH = "tech"
EDUCATION = "education"
RETAIL = "retail"
TRANSPORT = "transport and logistics"
PETS = "pets and animals"
SPORT = "sport and fitness"
ARTS = "arts, media and entertainment"
AGRICULTURE = "agriculture and garden"
HOME = "real estate and home"
HOME_SERVICES = "home services"
TRAVEL = "travel and hospitality"
SERVICES = "professional services"
COMMUNITY = "community, religion and nonprofit"
ENERGY = "energy and environment"
AUTOMOTIVE = "automotive"
EVENTS = "events"

INDUSTRIES: tuple[Industry, ...] = (
    # Food and drink
    Industry(
        "coffee shop",
        FOOD,
        ("coffee", "coffee shop", "cafe", "espresso", "barista", "roastery", "coffee roaster"),
        ("coffee", "coffee-maker", "coffee-to-go", "kettle-pour-over"),
    ),
    Industry(
        "bakery",
        FOOD,
        ("bakery", "baker", "bread", "patisserie", "boulangerie", "bakehouse"),
        ("baguette", "bread-slice", "muffin", "food-croissant"),
    ),
    Industry(
        "cake shop",
        FOOD,
        ("cake", "cake shop", "cupcake", "pastry", "pastry chef", "dessert", "cake designer"),
        ("cupcake", "cake-layered", "cake-variant"),
    ),
    Industry(
        "restaurant",
        FOOD,
        ("restaurant", "bistro", "eatery", "brasserie", "fine dining", "dining", "trattoria"),
        ("silverware-fork-knife", "chef-hat", "food"),
    ),
    Industry("pizzeria", FOOD, ("pizza", "pizzeria", "pizza place"), ("pizza", "chef-hat", "silverware-fork-knife")),
    Industry("sushi bar", FOOD, ("sushi", "japanese restaurant", "izakaya", "sashimi"), ("fish", "rice", "soy-sauce")),
    Industry(
        "noodle bar",
        FOOD,
        ("noodle", "ramen", "pho", "chinese restaurant", "thai restaurant", "wok", "dim sum"),
        ("noodles", "bowl-mix", "soy-sauce"),
    ),
    Industry(
        "curry house",
        FOOD,
        ("curry", "curry house", "indian restaurant", "tandoori", "spice shop", "spices"),
        ("chili-hot", "pot-steam", "rice"),
    ),
    Industry(
        "burger joint",
        FOOD,
        ("burger", "hamburger", "fast food", "burger bar", "fries"),
        ("hamburger", "french-fries", "food"),
    ),
    Industry(
        "hot dog stand",
        FOOD,
        ("hot dog", "hotdog", "sausage", "bratwurst"),
        ("food-hot-dog", "sausage", "french-fries"),
    ),
    Industry(
        "taqueria",
        FOOD,
        ("taco", "taqueria", "mexican restaurant", "burrito", "tex mex", "cantina"),
        ("taco", "chili-hot", "cactus"),
    ),
    Industry(
        "barbecue",
        FOOD,
        ("barbecue", "bbq", "grill", "steakhouse", "smokehouse", "steak house", "grill house"),
        ("grill", "food-steak", "fire"),
    ),
    Industry(
        "fried chicken",
        FOOD,
        ("fried chicken", "chicken", "chicken wings", "wings", "rotisserie"),
        ("food-drumstick", "food-turkey", "french-fries"),
    ),
    Industry(
        "butcher",
        FOOD,
        ("butcher", "butchery", "meat", "meat market", "charcuterie"),
        ("food-steak", "knife", "pig-variant", "cow"),
    ),
    Industry(
        "deli",
        FOOD,
        ("deli", "delicatessen", "sandwich", "sandwich shop", "sub shop", "olive oil"),
        ("baguette", "cheese", "sausage"),
    ),
    Industry(
        "cheese shop",
        FOOD,
        ("cheese", "cheesemonger", "cheese shop", "fromagerie", "cheesemaker"),
        ("cheese", "knife", "baguette"),
    ),
    Industry(
        "ice cream parlor",
        FOOD,
        ("ice cream", "gelato", "gelateria", "frozen yogurt", "ice cream parlor", "ice cream parlour", "creamery"),
        ("ice-cream", "ice-pop", "fruit-cherries"),
    ),
    Industry(
        "sweet shop",
        FOOD,
        ("candy", "sweets", "sweet shop", "confectionery", "confectioner", "chocolate", "chocolatier"),
        ("candy", "candycane", "cookie"),
    ),
    Industry("cookie shop", FOOD, ("cookie", "biscuit", "cookie shop"), ("cookie", "muffin", "cupcake")),
    Industry(
        "brewery",
        FOOD,
        ("brewery", "brewing", "brewing company", "craft beer", "microbrewery", "brewpub", "beer"),
        ("glass-mug-variant", "hops", "barrel"),
    ),
    Industry(
        "pub",
        FOOD,
        ("pub", "tavern", "alehouse", "gastropub", "beer hall", "taproom", "sports bar", "beer garden"),
        ("glass-mug", "glass-stange", "keg"),
    ),
    Industry(
        "winery",
        FOOD,
        ("winery", "vineyard", "wine estate", "vintner", "wine maker", "winemaker"),
        ("fruit-grapes", "bottle-wine", "barrel"),
    ),
    Industry(
        "wine bar",
        FOOD,
        ("wine", "wine bar", "wine shop", "wine merchant", "sommelier", "enoteca"),
        ("glass-wine", "bottle-wine", "fruit-grapes"),
    ),
    Industry(
        "cocktail bar",
        FOOD,
        ("cocktail", "cocktail bar", "bar", "lounge", "mixology", "speakeasy"),
        ("glass-cocktail", "glass-flute", "liquor"),
    ),
    Industry(
        "distillery",
        FOOD,
        ("distillery", "distiller", "spirits", "whisky", "whiskey", "gin", "rum", "vodka"),
        ("liquor", "barrel", "bottle-tonic"),
    ),
    Industry(
        "tea room",
        FOOD,
        ("tea", "tea room", "teahouse", "tea house", "tea shop", "bubble tea", "boba"),
        ("tea", "kettle-steam", "cup"),
    ),
    Industry(
        "juice bar",
        FOOD,
        ("juice", "juice bar", "smoothie", "cold pressed"),
        ("fruit-citrus", "blender", "fruit-watermelon"),
    ),
    Industry(
        "food truck",
        FOOD,
        ("food truck", "street food", "food stall", "food cart"),
        ("food-takeout-box", "truck", "hamburger"),
    ),
    Industry(
        "catering",
        FOOD,
        ("catering", "caterer", "banquet", "buffet", "meal prep", "meal delivery"),
        ("room-service", "buffet", "pot-steam"),
    ),
    Industry(
        "cooking school",
        FOOD,
        ("cooking class", "cooking school", "culinary", "culinary school", "chef", "private chef", "personal chef"),
        ("chef-hat", "pot-steam", "knife"),
    ),
    Industry(
        "grocery",
        FOOD,
        ("grocery", "grocer", "supermarket", "convenience store", "minimart", "corner shop"),
        ("cart", "basket", "food-apple"),
    ),
    Industry(
        "greengrocer",
        FOOD,
        ("greengrocer", "farmers market", "fruit", "vegetable", "produce", "fruit and veg"),
        ("food-apple", "carrot", "fruit-cherries"),
    ),
    Industry(
        "seafood",
        FOOD,
        ("seafood", "fishmonger", "fish market", "oyster", "oyster bar", "fish and chips", "chippy"),
        ("fish", "anchor", "silverware-fork-knife"),
    ),
    Industry(
        "health food",
        FOOD,
        ("vegan", "vegetarian", "salad", "salad bar", "plant based", "health food", "wholefood"),
        ("leaf", "carrot", "sprout"),
    ),
    Industry(
        "breakfast diner",
        FOOD,
        ("breakfast", "brunch", "diner", "pancake", "waffle", "creperie"),
        ("egg-fried", "coffee", "toaster"),
    ),
    # Trades and construction
    Industry(
        "construction",
        TRADES,
        ("construction", "construction company", "builder", "general contractor", "contractor", "building contractor"),
        ("hard-hat", "crane", "excavator"),
    ),
    Industry(
        "plumbing",
        TRADES,
        ("plumbing", "plumber", "drain", "drainage", "pipefitter"),
        ("pipe-wrench", "water-pump", "pipe", "faucet"),
    ),
    Industry(
        "electrician",
        TRADES,
        ("electrician", "electrical", "electrical contractor", "wiring", "rewiring"),
        ("lightning-bolt", "power-plug", "power-socket-us"),
    ),
    Industry(
        "carpentry",
        TRADES,
        ("carpenter", "carpentry", "joinery", "joiner", "woodwork", "woodworking", "cabinet maker", "cabinetry"),
        ("hand-saw", "hammer", "saw-blade"),
    ),
    Industry(
        "roofing", TRADES, ("roofer", "roofing", "roof", "roof repair", "guttering"), ("home-roof", "ladder", "hammer")
    ),
    Industry(
        "painting and decorating",
        TRADES,
        ("painter", "painting", "house painter", "decorator", "decorating", "painting contractor", "wallpapering"),
        ("format-paint", "brush", "spray"),
    ),
    Industry(
        "hvac",
        TRADES,
        ("hvac", "heating", "air conditioning", "cooling", "furnace", "boiler", "heat pump"),
        ("hvac", "air-conditioner", "thermostat", "radiator"),
    ),
    Industry(
        "locksmith", TRADES, ("locksmith", "locks", "key cutting", "lockout"), ("key-variant", "lock", "key-chain")
    ),
    Industry(
        "handyman",
        TRADES,
        ("handyman", "home repair", "odd jobs", "property maintenance", "fix it"),
        ("hammer-wrench", "toolbox", "hammer-screwdriver"),
    ),
    Industry(
        "blacksmith",
        TRADES,
        ("blacksmith", "forge", "smithy", "farrier", "metalsmith", "ironworks"),
        ("anvil", "hammer", "horseshoe"),
    ),
    Industry(
        "welding",
        TRADES,
        ("welding", "welder", "metalwork", "metal fabrication", "fabrication", "steelwork"),
        ("safety-goggles", "fire", "anvil"),
    ),
    Industry(
        "masonry",
        TRADES,
        ("mason", "masonry", "bricklayer", "bricklaying", "stonemason", "brickwork", "stonework"),
        ("wall", "pillar", "hammer"),
    ),
    Industry(
        "glazier",
        TRADES,
        ("glazier", "glazing", "window installation", "windows", "doors", "double glazing", "door installation"),
        ("window-closed-variant", "door", "window-shutter"),
    ),
    Industry(
        "fencing contractor",
        TRADES,
        ("fence", "fencing contractor", "decking", "gates"),
        ("fence", "gate", "gate-open"),
    ),
    Industry(
        "demolition",
        TRADES,
        ("demolition", "excavation", "earthworks", "groundworks", "digger hire"),
        ("excavator", "bulldozer", "dump-truck"),
    ),
    Industry(
        "flooring",
        TRADES,
        ("flooring", "floors", "tiler", "tiling", "tiles", "carpet fitter", "hardwood floors"),
        ("rug", "checkerboard", "texture-box"),
    ),
    Industry(
        "garage doors", TRADES, ("garage door", "overhead doors"), ("garage", "garage-open", "garage-open-variant")
    ),
    Industry(
        "engineering",
        TRADES,
        ("engineering", "engineer", "civil engineering", "structural engineering", "mechanical engineering"),
        ("cogs", "bridge", "hard-hat"),
    ),
    Industry(
        "surveying",
        TRADES,
        ("surveyor", "surveying", "land surveyor", "land survey", "geomatics"),
        ("tape-measure", "map", "compass"),
    ),
    # Health and medical
    Industry(
        "dental",
        HEALTH,
        ("dental", "dentist", "dentistry", "orthodontist", "orthodontics", "dental clinic", "teeth"),
        ("tooth", "toothbrush-paste", "tooth-outline"),
    ),
    Industry(
        "medical practice",
        HEALTH,
        (
            "doctor",
            "medical",
            "medical practice",
            "medical center",
            "health clinic",
            "family medicine",
            "general practice",
            "gp",
        ),
        ("stethoscope", "medical-bag", "doctor"),
    ),
    Industry(
        "hospital",
        HEALTH,
        ("hospital", "emergency room", "urgent care", "medical centre", "infirmary"),
        ("hospital-building", "hospital-box", "ambulance"),
    ),
    Industry(
        "pharmacy",
        HEALTH,
        ("pharmacy", "pharmacist", "chemist", "drugstore", "apothecary", "pharmaceutical", "pharma"),
        ("pill", "mortar-pestle", "prescription"),
    ),
    Industry(
        "physiotherapy",
        HEALTH,
        ("physiotherapy", "physiotherapist", "physio", "physical therapy", "sports therapy", "rehabilitation", "rehab"),
        ("human-handsup", "arm-flex", "run"),
    ),
    Industry(
        "chiropractic",
        HEALTH,
        ("chiropractor", "chiropractic", "osteopath", "osteopathy", "spine clinic"),
        ("human", "bone", "human-handsup"),
    ),
    Industry(
        "optician",
        HEALTH,
        ("optician", "optometrist", "optometry", "eye care", "eyewear", "optical", "eye doctor", "glasses"),
        ("glasses", "eye", "sunglasses"),
    ),
    Industry(
        "hearing clinic",
        HEALTH,
        ("audiologist", "audiology", "hearing aid", "hearing clinic", "hearing"),
        ("ear-hearing", "ear-hearing-loop"),
    ),
    Industry(
        "mental health",
        HEALTH,
        (
            "therapist",
            "therapy",
            "counselling",
            "counseling",
            "psychologist",
            "psychotherapy",
            "mental health",
            "psychiatrist",
        ),
        ("head-heart", "brain", "hand-heart"),
    ),
    Industry(
        "pediatrics",
        HEALTH,
        ("pediatrician", "paediatrician", "pediatrics", "paediatrics", "pediatric clinic", "children s doctor"),
        ("baby-face", "stethoscope", "teddy-bear"),
    ),
    Industry(
        "maternity",
        HEALTH,
        ("midwife", "midwifery", "maternity", "doula", "prenatal", "birth center", "fertility"),
        ("human-pregnant", "mother-nurse", "baby-carriage"),
    ),
    Industry(
        "senior care",
        HEALTH,
        (
            "home care",
            "nursing home",
            "elderly care",
            "senior care",
            "caregiver",
            "care home",
            "assisted living",
            "senior living",
        ),
        ("human-cane", "hand-heart", "wheelchair"),
    ),
    Industry(
        "laboratory",
        HEALTH,
        ("lab", "laboratory", "research lab", "biotech", "biotechnology", "genetics", "diagnostics", "life sciences"),
        ("flask", "microscope", "dna", "test-tube"),
    ),
    Industry(
        "dermatology",
        HEALTH,
        ("dermatologist", "dermatology", "skin clinic", "aesthetic clinic", "cosmetic surgery"),
        ("face-woman-shimmer", "lotion", "medical-bag"),
    ),
    Industry(
        "ambulance service",
        HEALTH,
        ("ambulance", "paramedic", "first aid", "emergency medical"),
        ("ambulance", "medical-bag", "bandage"),
    ),
    Industry(
        "nutrition",
        HEALTH,
        ("nutritionist", "dietitian", "dietician", "nutrition", "diet", "weight loss"),
        ("nutrition", "food-apple", "scale-bathroom"),
    ),
    Industry(
        "acupuncture",
        HEALTH,
        (
            "acupuncture",
            "acupuncturist",
            "chinese medicine",
            "tcm",
            "herbalist",
            "naturopath",
            "homeopath",
            "herbal medicine",
        ),
        ("leaf", "yin-yang", "mortar-pestle"),
    ),
    Industry(
        "cardiology",
        HEALTH,
        ("cardiology", "cardiologist", "heart clinic", "heart health"),
        ("heart-pulse", "stethoscope", "heart"),
    ),
    # Beauty and wellness
    Industry(
        "hair salon",
        BEAUTY,
        ("hair", "hair salon", "hairdresser", "hairdressing", "hairstylist", "salon", "haircut", "hair studio"),
        ("content-cut", "hair-dryer", "face-woman-profile"),
    ),
    Industry(
        "barbershop",
        BEAUTY,
        ("barber", "barbershop", "barber shop", "men s grooming", "shave", "beard"),
        ("mustache", "razor-single-edge", "content-cut"),
    ),
    Industry(
        "nail salon",
        BEAUTY,
        ("nail salon", "manicure", "pedicure", "nail bar", "nail art", "nail studio", "nail"),
        ("hand-back-right", "bottle-tonic", "shimmer"),
    ),
    Industry(
        "spa",
        BEAUTY,
        ("spa", "day spa", "massage", "massage therapist", "wellness", "massage therapy", "sauna", "bathhouse"),
        ("spa", "hot-tub", "flower"),
    ),
    Industry(
        "yoga studio",
        BEAUTY,
        ("yoga", "yoga studio", "pilates", "barre", "yoga teacher"),
        ("yoga", "meditation", "spa"),
    ),
    Industry(
        "meditation",
        BEAUTY,
        ("meditation", "mindfulness", "meditation center", "retreat", "reiki"),
        ("meditation", "om", "yin-yang"),
    ),
    Industry(
        "tattoo studio",
        BEAUTY,
        ("tattoo", "tattoo parlor", "tattoo parlour", "tattooist", "tattoo artist", "piercing", "body art"),
        ("skull", "fountain-pen-tip", "anchor"),
    ),
    Industry(
        "makeup",
        BEAUTY,
        ("makeup", "make up", "makeup artist", "cosmetics", "beauty", "beauty salon", "beautician", "beauty parlor"),
        ("lipstick", "face-woman-shimmer", "mirror"),
    ),
    Industry(
        "skincare",
        BEAUTY,
        ("skincare", "skin care", "esthetician", "aesthetician", "facial"),
        ("lotion", "face-woman-shimmer", "spray-bottle"),
    ),
    Industry(
        "lash and brow bar",
        BEAUTY,
        ("lash", "eyelash", "lash bar", "lash extensions", "brow", "eyebrow", "brow bar", "microblading"),
        ("eye-closed", "face-woman-shimmer", "eye"),
    ),
    Industry(
        "perfumery",
        BEAUTY,
        ("perfume", "perfumery", "fragrance", "parfumerie", "candle maker", "candles"),
        ("scent", "bottle-tonic", "candle"),
    ),
    Industry(
        "tanning salon",
        BEAUTY,
        ("tanning", "tanning salon", "solarium", "spray tan"),
        ("weather-sunny", "sunglasses", "lotion"),
    ),
    # Law and finance
    Industry(
        "law firm",
        FINANCE,
        ("law", "law firm", "lawyer", "attorney", "legal", "solicitor", "barrister"),
        ("scale-balance", "gavel"),
    ),
    Industry(
        "notary",
        FINANCE,
        ("notary", "notary public", "notarial", "conveyancing", "conveyancer"),
        ("stamper", "certificate", "fountain-pen-tip"),
    ),
    Industry(
        "accounting",
        FINANCE,
        ("accounting", "accountant", "accountancy", "bookkeeping", "bookkeeper", "tax", "cpa", "payroll"),
        ("calculator", "abacus", "finance"),
    ),
    Industry(
        "bank",
        FINANCE,
        ("bank", "banking", "credit union", "savings", "building society"),
        ("bank", "piggy-bank", "safe"),
    ),
    Industry(
        "wealth management",
        FINANCE,
        (
            "financial advisor",
            "financial adviser",
            "financial planning",
            "wealth management",
            "investment",
            "finance",
            "asset management",
        ),
        ("chart-line", "finance", "piggy-bank"),
    ),
    Industry(
        "insurance",
        FINANCE,
        ("insurance", "insurer", "insurance broker", "insurance agency", "underwriting"),
        ("shield-check", "umbrella", "shield-home"),
    ),
    Industry(
        "mortgage broker",
        FINANCE,
        ("mortgage", "mortgage broker", "home loan", "lending", "loan"),
        ("home-percent", "bank", "key"),
    ),
    Industry(
        "crypto",
        FINANCE,
        ("crypto", "cryptocurrency", "bitcoin", "blockchain", "web3", "defi"),
        ("currency-btc", "currency-eth", "wallet"),
    ),
    Industry(
        "fintech",
        FINANCE,
        ("fintech", "payments", "payment processing", "digital wallet", "neobank"),
        ("credit-card", "contactless-payment", "cash-fast"),
    ),
    Industry(
        "currency exchange",
        FINANCE,
        ("currency exchange", "money transfer", "remittance", "forex", "bureau de change"),
        ("currency-usd", "cash-fast", "bank-transfer"),
    ),
    Industry(
        "stock brokerage",
        FINANCE,
        ("stockbroker", "stock broker", "brokerage", "trading", "day trading", "hedge fund", "venture capital"),
        ("chart-bar", "chart-areaspline", "finance"),
    ),
    Industry(
        "pawn shop", FINANCE, ("pawn shop", "pawnbroker", "pawn", "cash for gold"), ("cash", "diamond-stone", "ring")
    ),
    # Tech
    Industry(
        "tech startup",
        TECH,
        ("tech", "startup", "start up", "tech startup", "technology", "innovation", "incubator"),
        ("rocket-launch", "chip", "lightbulb-on"),
    ),
    Industry(
        "software company",
        TECH,
        (
            "software",
            "saas",
            "software development",
            "software engineering",
            "developer",
            "programming",
            "coding",
            "dev shop",
        ),
        ("code-braces", "console", "code-tags"),
    ),
    Industry(
        "app developer",
        TECH,
        ("app", "mobile app", "app developer", "app development", "app studio"),
        ("cellphone", "tablet-cellphone", "cellphone-link"),
    ),
    Industry(
        "web design",
        TECH,
        ("web design", "web designer", "web development", "web developer", "website", "web agency", "ux design"),
        ("web", "xml", "monitor"),
    ),
    Industry(
        "it support",
        TECH,
        ("it support", "it services", "computer repair", "computer", "pc repair", "helpdesk", "managed services"),
        ("desktop-classic", "laptop", "tools"),
    ),
    Industry(
        "cybersecurity",
        TECH,
        ("cybersecurity", "cyber security", "infosec", "penetration testing", "data protection", "network security"),
        ("shield-lock", "security-network", "shield-key"),
    ),
    Industry(
        "cloud hosting",
        TECH,
        ("cloud", "cloud computing", "hosting", "web hosting", "data center", "datacenter", "server"),
        ("cloud", "server", "server-network"),
    ),
    Industry(
        "artificial intelligence",
        TECH,
        ("ai", "artificial intelligence", "machine learning", "deep learning", "chatbot", "neural network"),
        ("brain", "robot", "chip"),
    ),
    Industry(
        "robotics",
        TECH,
        ("robotics", "robot", "automation", "mechatronics", "industrial automation"),
        ("robot-industrial", "robot", "cogs"),
    ),
    Industry(
        "data analytics",
        TECH,
        ("data", "analytics", "data analytics", "data science", "big data", "business intelligence", "data analysis"),
        ("chart-bar", "chart-pie", "chart-bell-curve"),
    ),
    Industry(
        "video game studio",
        TECH,
        (
            "video game",
            "game studio",
            "game developer",
            "game development",
            "gaming",
            "esports",
            "indie games",
            "game design",
        ),
        ("controller", "gamepad-variant", "space-invaders", "controller-classic"),
    ),
    Industry(
        "3d printing",
        TECH,
        ("3d printing", "3d printer", "3d print", "additive manufacturing", "prototyping", "3d modeling"),
        ("printer-3d", "printer-3d-nozzle", "cube-scan"),
    ),
    Industry(
        "drone services",
        TECH,
        ("drone", "uav", "aerial photography", "aerial survey", "drone repair"),
        ("quadcopter", "drone"),
    ),
    Industry(
        "telecom",
        TECH,
        ("telecom", "telecommunications", "internet provider", "isp", "broadband", "fiber", "fibre", "wireless"),
        ("radio-tower", "antenna", "wifi"),
    ),
    Industry(
        "virtual reality",
        TECH,
        ("virtual reality", "vr", "augmented reality", "metaverse", "mixed reality"),
        ("virtual-reality", "augmented-reality", "hololens"),
    ),
    Industry(
        "electronics engineering",
        TECH,
        (
            "electronics design",
            "embedded",
            "embedded systems",
            "pcb",
            "semiconductor",
            "circuit",
            "electronics engineering",
        ),
        ("integrated-circuit-chip", "chip", "resistor"),
    ),
    Industry(
        "aerospace",
        TECH,
        ("aerospace", "space tech", "space agency", "rocketry", "satellite", "space exploration"),
        ("rocket", "satellite-variant", "space-station"),
    ),
    # Education
    Industry(
        "school",
        EDUCATION,
        (
            "school",
            "academy",
            "primary school",
            "high school",
            "secondary school",
            "elementary school",
            "prep school",
            "education",
        ),
        ("school", "book-open-page-variant", "bus-school"),
    ),
    Industry(
        "university",
        EDUCATION,
        ("university", "college", "campus", "higher education", "polytechnic"),
        ("school", "book-education", "pillar"),
    ),
    Industry(
        "tutoring",
        EDUCATION,
        ("tutor", "tutoring", "tuition", "homework help", "exam prep", "test prep", "learning center"),
        ("human-male-board", "book-open-page-variant", "lead-pencil"),
    ),
    Industry(
        "language school",
        EDUCATION,
        ("language", "language school", "esl", "english lessons", "language classes", "language courses"),
        ("translate", "book-alphabet", "earth"),
    ),
    Industry(
        "music school",
        EDUCATION,
        (
            "music school",
            "music lessons",
            "music teacher",
            "conservatory",
            "piano lessons",
            "music academy",
            "piano teacher",
        ),
        ("music-clef-treble", "piano", "music"),
    ),
    Industry(
        "dance school",
        EDUCATION,
        ("dance", "dancing", "dance school", "dance studio", "ballet", "ballroom", "salsa", "tango"),
        ("dance-ballroom", "human-female-dance", "shoe-ballet"),
    ),
    Industry(
        "driving school",
        EDUCATION,
        ("driving school", "driving lessons", "driving instructor", "driver training", "driving academy"),
        ("steering", "car", "traffic-light"),
    ),
    Industry(
        "daycare",
        EDUCATION,
        ("daycare", "day care", "childcare", "child care", "nursery", "nursery school", "preschool", "kindergarten"),
        ("teddy-bear", "human-child", "toy-brick"),
    ),
    Industry(
        "library",
        EDUCATION,
        ("library", "public library", "reading room", "archive"),
        ("library", "bookshelf", "book-open-variant"),
    ),
    Industry(
        "coding school",
        EDUCATION,
        ("coding school", "coding bootcamp", "bootcamp", "coding classes", "programming courses", "coding club"),
        ("code-braces", "laptop", "school"),
    ),
    Industry(
        "science center",
        EDUCATION,
        ("science", "science center", "science centre", "stem", "planetarium", "observatory", "astronomy"),
        ("atom", "telescope", "flask"),
    ),
    Industry(
        "online learning",
        EDUCATION,
        ("online course", "e learning", "elearning", "online learning", "edtech", "online school"),
        ("cast-education", "laptop", "school"),
    ),
    # Retail
    Industry(
        "bookstore",
        RETAIL,
        ("book", "bookstore", "bookshop", "book shop", "bookseller", "used books"),
        ("book-open-page-variant", "bookshelf", "book-open-variant"),
    ),
    Industry(
        "toy store",
        RETAIL,
        ("toy", "toy store", "toy shop", "toymaker", "wooden toys", "toy maker"),
        ("toy-brick", "teddy-bear", "kite"),
    ),
    Industry(
        "clothing boutique",
        RETAIL,
        ("clothing", "clothes", "fashion", "boutique", "apparel", "streetwear", "fashion brand", "fashion designer"),
        ("hanger", "tshirt-crew", "shopping"),
    ),
    Industry(
        "shoe store",
        RETAIL,
        ("shoe", "shoe store", "footwear", "cobbler", "shoe repair", "sneakers", "sneaker store"),
        ("shoe-formal", "shoe-sneaker", "shoe-heel"),
    ),
    Industry(
        "jewelry",
        RETAIL,
        ("jewelry", "jewellery", "jeweler", "jeweller", "jewelry maker", "goldsmith", "silversmith", "jewelry store"),
        ("diamond-stone", "ring", "necklace"),
    ),
    Industry(
        "watchmaker",
        RETAIL,
        ("watchmaker", "watch repair", "watches", "clockmaker", "horology", "clock repair"),
        ("watch", "clock-time-four", "cogs"),
    ),
    Industry(
        "florist",
        RETAIL,
        ("florist", "flower", "flower shop", "floral", "floristry", "flower delivery", "bouquet"),
        ("flower-tulip", "flower", "flower-poppy"),
    ),
    Industry("gift shop", RETAIL, ("gift", "gift shop", "souvenir", "gift baskets"), ("gift", "gift-open", "ribbon")),
    Industry(
        "electronics store",
        RETAIL,
        ("electronics", "electronics store", "gadget", "consumer electronics", "hifi", "audio store"),
        ("headphones", "television-classic", "laptop"),
    ),
    Industry(
        "phone repair",
        RETAIL,
        ("phone repair", "phone shop", "phone store", "mobile phone", "cell phone", "smartphone", "screen repair"),
        ("cellphone", "cellphone-cog", "tools"),
    ),
    Industry(
        "furniture store",
        RETAIL,
        ("furniture", "furniture store", "furniture maker", "upholstery", "upholsterer", "mattress"),
        ("sofa", "table-chair", "dresser"),
    ),
    Industry(
        "hardware store",
        RETAIL,
        ("hardware", "hardware store", "diy store", "tool shop", "builders merchant", "ironmonger", "tools"),
        ("tools", "hammer", "toolbox"),
    ),
    Industry(
        "online store",
        RETAIL,
        (
            "e commerce",
            "ecommerce",
            "online store",
            "online shop",
            "webshop",
            "dropshipping",
            "marketplace",
            "shop online",
        ),
        ("cart", "shopping", "package-variant"),
    ),
    Industry(
        "thrift store",
        RETAIL,
        (
            "thrift",
            "thrift store",
            "thrift shop",
            "second hand",
            "secondhand",
            "charity shop",
            "consignment",
            "vintage clothing",
        ),
        ("hanger", "recycle", "tag"),
    ),
    Industry(
        "antiques",
        RETAIL,
        ("antique", "antique shop", "collectibles", "curiosities", "vintage store"),
        ("oil-lamp", "coach-lamp", "clock-time-four"),
    ),
    Industry(
        "sporting goods",
        RETAIL,
        ("sporting goods", "sports shop", "sports store", "sports equipment", "sportswear"),
        ("basketball", "tennis-ball", "soccer"),
    ),
    Industry(
        "music store",
        RETAIL,
        ("music store", "music shop", "musical instruments", "instrument shop", "instruments", "luthier"),
        ("guitar-electric", "piano", "music"),
    ),
    Industry(
        "record store",
        RETAIL,
        ("record store", "record shop", "vinyl", "records", "vinyl shop"),
        ("record-player", "album", "disc"),
    ),
    Industry(
        "tobacconist",
        RETAIL,
        ("tobacconist", "tobacco", "cigar", "vape", "vape shop", "smoke shop", "cigar lounge"),
        ("cigar", "smoking-pipe", "smoking"),
    ),
    Industry(
        "cannabis dispensary",
        RETAIL,
        ("cannabis", "dispensary", "cbd", "marijuana", "hemp"),
        ("cannabis", "leaf", "sprout"),
    ),
    Industry(
        "liquor store",
        RETAIL,
        ("liquor", "liquor store", "off licence", "bottle shop", "bottle store"),
        ("liquor", "bottle-wine", "glass-cocktail"),
    ),
    Industry(
        "stationery",
        RETAIL,
        ("stationery", "stationer", "office supplies", "paper goods", "art supplies", "pens", "paper shop"),
        ("lead-pencil", "paperclip", "fountain-pen-tip"),
    ),
    Industry(
        "baby store",
        RETAIL,
        ("baby", "baby store", "baby shop", "baby products", "baby clothes", "baby gear"),
        ("baby-carriage", "baby-bottle", "baby-face"),
    ),
    Industry(
        "luggage store",
        RETAIL,
        ("luggage", "suitcases", "luggage store", "travel goods", "bags"),
        ("bag-suitcase", "bag-carry-on", "bag-personal"),
    ),
    Industry(
        "tailor",
        RETAIL,
        ("tailor", "tailoring", "alterations", "seamstress", "dressmaker", "sewing", "bespoke suits"),
        ("hanger", "content-cut", "tie"),
    ),
    Industry(
        "hat shop", RETAIL, ("hat", "hat shop", "milliner", "millinery", "hatter"), ("hat-fedora", "hanger", "tag")
    ),
    Industry("eyewear store", RETAIL, ("sunglass", "eyewear store", "shades"), ("sunglasses", "glasses")),
    # Transport and logistics
    Industry(
        "moving company",
        TRANSPORT,
        (
            "moving",
            "movers",
            "moving company",
            "removals",
            "removal company",
            "relocation",
            "removalist",
            "man and van",
        ),
        ("truck", "human-dolly", "package-variant-closed"),
    ),
    Industry(
        "logistics",
        TRANSPORT,
        ("logistics", "freight", "shipping", "supply chain", "distribution", "warehousing", "warehouse", "fulfillment"),
        ("truck-cargo-container", "warehouse", "forklift"),
    ),
    Industry(
        "courier",
        TRANSPORT,
        ("courier", "delivery", "parcel", "postal", "messenger", "last mile"),
        ("package-variant", "truck-fast", "moped"),
    ),
    Industry("taxi", TRANSPORT, ("taxi", "cab", "rideshare", "minicab", "ride hailing"), ("taxi", "car", "car-side")),
    Industry(
        "limousine",
        TRANSPORT,
        ("limousine", "limo", "chauffeur", "executive car", "car service", "private driver"),
        ("car-limousine", "car-side", "hat-fedora"),
    ),
    Industry(
        "bus company",
        TRANSPORT,
        ("bus", "bus company", "coach hire", "coach travel", "coach tours", "shuttle", "minibus"),
        ("bus", "bus-side", "bus-double-decker"),
    ),
    Industry(
        "aviation",
        TRANSPORT,
        (
            "airline",
            "aviation",
            "air charter",
            "private jet",
            "flight school",
            "charter flights",
            "flights",
            "pilot training",
        ),
        ("airplane", "airplane-takeoff", "airport"),
    ),
    Industry(
        "boat charter",
        TRANSPORT,
        ("boat", "boat rental", "boat charter", "yacht", "sailing", "marina", "yacht charter"),
        ("sail-boat", "anchor", "ship-wheel"),
    ),
    Industry(
        "maritime",
        TRANSPORT,
        ("maritime", "shipping line", "marine services", "port", "harbour", "harbor", "ferry"),
        ("ferry", "anchor", "lighthouse"),
    ),
    Industry(
        "railway", TRANSPORT, ("railway", "rail", "train", "railroad", "tram"), ("train", "tram", "train-variant")
    ),
    Industry(
        "trucking",
        TRANSPORT,
        ("trucking", "haulage", "haulier", "hauling", "lorry", "freight carrier", "truck driver", "truck"),
        ("truck-trailer", "truck-flatbed", "road"),
    ),
    Industry(
        "parking",
        TRANSPORT,
        ("parking", "car park", "parking garage", "valet", "valet parking", "parking lot"),
        ("parking", "garage", "car"),
    ),
    Industry(
        "scooter rental",
        TRANSPORT,
        ("scooter", "e scooter", "e bike", "electric bike", "electric scooter", "scooter rental", "micromobility"),
        ("scooter-electric", "bicycle-electric", "moped-electric"),
    ),
    # Pets and animals
    Industry(
        "veterinary",
        PETS,
        ("vet", "veterinary", "veterinarian", "animal hospital", "animal clinic", "pet clinic", "veterinary clinic"),
        ("paw", "dog-side", "stethoscope"),
    ),
    Industry(
        "pet grooming",
        PETS,
        ("pet grooming", "dog grooming", "groomer", "grooming", "pet salon", "dog groomer", "pet groomer", "dog wash"),
        ("dog", "content-cut", "paw"),
    ),
    Industry(
        "pet store",
        PETS,
        ("pet", "pet store", "pet shop", "pet supplies", "pet food", "pet boutique"),
        ("paw", "cat", "dog-side"),
    ),
    Industry(
        "dog walking",
        PETS,
        ("dog walking", "dog walker", "pet sitting", "pet sitter", "dog sitting", "pet care", "dog"),
        ("dog-side", "dog-service", "paw"),
    ),
    Industry(
        "dog training",
        PETS,
        ("dog training", "dog trainer", "obedience", "puppy school", "puppy training", "k9"),
        ("dog-service", "whistle", "paw"),
    ),
    Industry(
        "kennel",
        PETS,
        ("kennel", "dog boarding", "pet boarding", "doggy daycare", "pet hotel", "cattery", "dog daycare"),
        ("home-heart", "dog", "paw"),
    ),
    Industry("cat cafe", PETS, ("cat cafe", "cat", "cat sitting", "cat hotel", "cat rescue"), ("cat", "paw")),
    Industry(
        "equestrian",
        PETS,
        ("horse", "equestrian", "riding school", "stable", "horse riding", "equine", "horse racing"),
        ("horse", "horseshoe", "horse-human"),
    ),
    Industry(
        "aquarium",
        PETS,
        ("aquarium", "aquatics", "fish store", "tropical fish", "koi"),
        ("fishbowl", "fish", "jellyfish"),
    ),
    Industry(
        "animal shelter",
        PETS,
        ("animal shelter", "animal rescue", "pet adoption", "dog rescue", "humane society", "rspca", "spca"),
        ("hand-heart", "paw", "home-heart"),
    ),
    Industry(
        "zoo",
        PETS,
        ("zoo", "wildlife park", "safari park", "wildlife", "animal park", "petting zoo", "wildlife sanctuary"),
        ("elephant", "kangaroo", "penguin"),
    ),
    Industry("bird shop", PETS, ("bird", "aviary", "bird shop", "birdwatching", "parrot"), ("bird", "feather")),
    # Sport and fitness
    Industry(
        "gym",
        SPORT,
        ("gym", "fitness", "fitness center", "fitness gym", "health club", "crossfit", "bodybuilding", "weightlifting"),
        ("dumbbell", "weight-lifter", "kettlebell"),
    ),
    Industry(
        "personal trainer",
        SPORT,
        ("personal trainer", "personal training", "fitness coach", "bootcamp fitness", "fitness instructor"),
        ("arm-flex", "whistle", "dumbbell"),
    ),
    Industry(
        "martial arts",
        SPORT,
        ("martial arts", "karate", "judo", "taekwondo", "kung fu", "dojo", "jiu jitsu", "mma"),
        ("karate", "mixed-martial-arts", "yin-yang"),
    ),
    Industry(
        "boxing",
        SPORT,
        ("boxing", "boxing gym", "kickboxing", "boxing club", "muay thai"),
        ("boxing-glove", "mixed-martial-arts"),
    ),
    Industry(
        "climbing gym",
        SPORT,
        ("climbing", "bouldering", "climbing gym", "climbing wall", "rock climbing", "mountaineering"),
        ("carabiner", "summit", "image-filter-hdr"),
    ),
    Industry(
        "swimming",
        SPORT,
        ("swimming", "swim", "swim school", "swimming lessons", "swimming pool", "pool", "aquatic center", "lifeguard"),
        ("swim", "pool", "waves"),
    ),
    Industry(
        "surf school",
        SPORT,
        ("surf", "surfing", "surf school", "surf shop", "surf camp", "bodyboarding", "kitesurfing"),
        ("surfing", "waves", "kitesurfing"),
    ),
    Industry(
        "tennis club",
        SPORT,
        ("tennis", "tennis club", "padel", "squash", "racquet", "racket sports", "pickleball"),
        ("tennis", "tennis-ball", "racquetball"),
    ),
    Industry("badminton", SPORT, ("badminton", "badminton club", "shuttlecock"), ("badminton", "trophy")),
    Industry(
        "golf",
        SPORT,
        ("golf", "golf club", "golf course", "driving range", "mini golf", "golf pro"),
        ("golf", "golf-tee", "golf-cart"),
    ),
    Industry(
        "soccer club",
        SPORT,
        ("soccer", "football", "football club", "soccer club", "futsal", "football academy", "soccer academy"),
        ("soccer", "soccer-field", "trophy"),
    ),
    Industry(
        "american football",
        SPORT,
        ("american football", "gridiron", "flag football"),
        ("football", "football-helmet", "trophy"),
    ),
    Industry(
        "basketball",
        SPORT,
        ("basketball", "hoops", "basketball club", "basketball court"),
        ("basketball", "basketball-hoop", "trophy"),
    ),
    Industry(
        "baseball",
        SPORT,
        ("baseball", "softball", "batting cage", "little league"),
        ("baseball", "baseball-bat", "baseball-diamond"),
    ),
    Industry(
        "hockey",
        SPORT,
        ("hockey", "ice hockey", "field hockey", "hockey club"),
        ("hockey-sticks", "hockey-puck", "skate"),
    ),
    Industry(
        "running club",
        SPORT,
        ("running", "running club", "marathon", "jogging", "athletics", "track and field", "triathlon", "run club"),
        ("run-fast", "run", "shoe-sneaker"),
    ),
    Industry(
        "ski school",
        SPORT,
        ("ski", "skiing", "ski school", "snowboard", "snowboarding", "ski resort", "ski rental", "ski shop"),
        ("ski", "snowboard", "snowflake"),
    ),
    Industry(
        "skate shop",
        SPORT,
        ("skateboard", "skateboarding", "skate shop", "skatepark", "skate park"),
        ("skateboard", "skateboarding", "shoe-sneaker"),
    ),
    Industry(
        "ice rink",
        SPORT,
        ("ice skating", "ice rink", "figure skating", "skating", "skating rink"),
        ("skate", "snowflake", "hockey-sticks"),
    ),
    Industry(
        "roller rink",
        SPORT,
        ("roller skating", "roller rink", "roller derby", "rollerblading", "inline skating"),
        ("roller-skate", "rollerblade", "music"),
    ),
    Industry(
        "bowling alley",
        SPORT,
        ("bowling", "bowling alley", "tenpin", "ten pin bowling", "bowling club"),
        ("bowling", "trophy", "medal"),
    ),
    Industry(
        "fishing",
        SPORT,
        ("fishing", "angling", "fishing charter", "bait and tackle", "fly fishing", "tackle shop", "angler"),
        ("fish", "hook", "sail-boat"),
    ),
    Industry(
        "archery",
        SPORT,
        ("archery", "archery range", "archer", "bowhunting", "shooting range"),
        ("bow-arrow", "target", "bullseye-arrow"),
    ),
    Industry(
        "sports club",
        SPORT,
        ("sports", "sports club", "sports team", "athletic club", "sports coaching", "sports academy", "league"),
        ("trophy", "medal", "whistle"),
    ),
    Industry(
        "gymnastics",
        SPORT,
        ("gymnastics", "gymnast", "cheerleading", "tumbling", "acrobatics"),
        ("gymnastics", "trophy-award"),
    ),
    Industry(
        "paddle sports",
        SPORT,
        ("kayak", "kayaking", "canoe", "canoeing", "rafting", "paddleboard", "rowing", "paddle sports"),
        ("kayaking", "rowing", "waves"),
    ),
    Industry(
        "dive center",
        SPORT,
        ("scuba", "diving", "scuba diving", "dive center", "dive shop", "snorkeling", "snorkelling", "freediving"),
        ("diving-scuba", "diving-scuba-mask", "diving-helmet"),
    ),
    Industry(
        "hiking tours",
        SPORT,
        (
            "hiking",
            "trekking",
            "hiking tours",
            "outdoor adventure",
            "adventure tours",
            "mountain guide",
            "walking holidays",
        ),
        ("hiking", "terrain", "compass"),
    ),
    Industry(
        "go karting",
        SPORT,
        ("go kart", "go karting", "karting", "kart track"),
        ("go-kart", "go-kart-track", "flag-checkered"),
    ),
    Industry(
        "motorsport",
        SPORT,
        ("motorsport", "racing", "race team", "racetrack", "race track", "racing team"),
        ("flag-checkered", "racing-helmet", "car-sports"),
    ),
    Industry(
        "cycling club",
        SPORT,
        ("cycling club", "cycling", "cyclist", "cycling team", "mountain biking"),
        ("bike-fast", "bicycle", "bike"),
    ),
    Industry(
        "fencing club",
        SPORT,
        ("fencing", "fencing club", "fencing school", "sabre", "epee"),
        ("fencing", "sword-cross"),
    ),
    # Arts, media and entertainment
    Industry(
        "photography",
        ARTS,
        (
            "photography",
            "photographer",
            "photo studio",
            "portraits",
            "wedding photographer",
            "photo",
            "portrait studio",
        ),
        ("camera", "camera-iris", "polaroid"),
    ),
    Industry(
        "film production",
        ARTS,
        (
            "film production",
            "video production",
            "videographer",
            "videography",
            "filmmaker",
            "film",
            "video",
            "video editing",
        ),
        ("movie-open", "video-vintage", "filmstrip"),
    ),
    Industry(
        "cinema",
        ARTS,
        ("cinema", "movie theater", "movie theatre", "movie", "picture house", "drive in"),
        ("popcorn", "movie-roll", "ticket"),
    ),
    Industry(
        "theater",
        ARTS,
        ("theater", "theatre", "drama", "playhouse", "acting school", "performing arts", "theatre company", "acting"),
        ("drama-masks", "curtains", "theater"),
    ),
    Industry(
        "recording studio",
        ARTS,
        (
            "recording studio",
            "music production",
            "music producer",
            "audio production",
            "sound engineer",
            "mixing",
            "mastering",
        ),
        ("microphone-variant", "headphones", "waveform"),
    ),
    Industry(
        "record label", ARTS, ("record label", "music label", "music publishing"), ("album", "disc", "record-player")
    ),
    Industry(
        "band",
        ARTS,
        ("band", "musician", "music", "singer", "songwriter", "rock band"),
        ("music", "guitar-electric", "microphone-variant"),
    ),
    Industry(
        "podcast", ARTS, ("podcast", "podcasting", "podcaster", "talk show"), ("podcast", "microphone", "headphones")
    ),
    Industry(
        "radio station",
        ARTS,
        ("radio", "radio station", "broadcasting", "broadcaster", "fm station"),
        ("radio-tower", "radio", "antenna"),
    ),
    Industry(
        "art gallery", ARTS, ("art gallery", "gallery", "exhibition", "art dealer"), ("image-frame", "palette", "brush")
    ),
    Industry(
        "museum", ARTS, ("museum", "heritage center", "history museum", "heritage"), ("pillar", "bank", "image-frame")
    ),
    Industry(
        "art studio",
        ARTS,
        ("art", "artist", "art studio", "fine art", "artwork", "painting class", "mural", "art school"),
        ("palette", "brush", "draw"),
    ),
    Industry(
        "graphic design",
        ARTS,
        (
            "graphic design",
            "graphic designer",
            "design",
            "design studio",
            "branding",
            "illustrator",
            "illustration",
            "creative agency",
        ),
        ("draw-pen", "palette-swatch", "fountain-pen-tip"),
    ),
    Industry(
        "writing",
        ARTS,
        ("writer", "author", "copywriting", "copywriter", "writing", "editor", "editing", "proofreading"),
        ("feather", "typewriter", "fountain-pen-tip"),
    ),
    Industry(
        "publishing",
        ARTS,
        ("publisher", "publishing", "publishing house", "book publisher", "publications", "comics"),
        ("book-open-variant", "bookshelf", "feather"),
    ),
    Industry(
        "news media",
        ARTS,
        ("news", "newspaper", "journalism", "journalist", "magazine", "media outlet", "newsletter"),
        ("newspaper-variant", "newspaper", "microphone"),
    ),
    Industry(
        "print shop",
        ARTS,
        ("printing", "print shop", "printer", "screen printing", "print services", "copy shop", "printing press"),
        ("printer", "paper-roll", "stamper"),
    ),
    Industry(
        "sign maker",
        ARTS,
        ("signs", "signage", "sign maker", "sign shop", "sign writing", "billboards"),
        ("sign-direction", "billboard", "sign-text"),
    ),
    Industry(
        "magician",
        ARTS,
        ("magician", "magic", "magic show", "illusionist", "party entertainer", "children s entertainer", "clown"),
        ("wizard-hat", "magic-staff", "cards-playing"),
    ),
    Industry(
        "amusement park",
        ARTS,
        ("amusement park", "theme park", "funfair", "fun fair", "carnival", "fairground", "water park"),
        ("ferris-wheel", "balloon", "ticket"),
    ),
    Industry(
        "arcade",
        ARTS,
        ("arcade", "game arcade", "retro gaming", "amusement arcade"),
        ("controller-classic", "space-invaders", "gamepad-variant"),
    ),
    Industry(
        "casino",
        ARTS,
        ("casino", "gambling", "poker", "betting", "bookmaker", "poker room"),
        ("poker-chip", "slot-machine", "cards-playing-spade"),
    ),
    Industry("karaoke", ARTS, ("karaoke", "karaoke bar", "karaoke box"), ("microphone-variant", "music", "speaker")),
    Industry(
        "pool hall",
        ARTS,
        ("pool hall", "billiards", "snooker", "billiard hall", "pool table"),
        ("billiards", "billiards-rack", "glass-mug"),
    ),
    Industry(
        "board game cafe",
        ARTS,
        ("board game", "tabletop games", "game cafe", "tabletop", "puzzles", "game shop"),
        ("dice-multiple", "puzzle", "dice-5"),
    ),
    Industry("chess club", ARTS, ("chess", "chess club", "chess school"), ("chess-knight", "chess-king", "chess-rook")),
    Industry(
        "escape room",
        ARTS,
        ("escape room", "escape game", "puzzle room"),
        ("key-variant", "puzzle", "lock-open-variant"),
    ),
    Industry(
        "orchestra",
        ARTS,
        ("orchestra", "symphony", "choir", "opera", "classical music", "string quartet", "philharmonic"),
        ("violin", "music-clef-treble", "trumpet"),
    ),
    Industry(
        "jazz club",
        ARTS,
        ("jazz", "jazz club", "jazz bar", "blues", "blues bar", "jazz band"),
        ("saxophone", "trumpet", "music"),
    ),
    Industry(
        "animation studio",
        ARTS,
        ("animation", "animation studio", "animator", "motion graphics", "cartoon", "vfx"),
        ("movie-open", "draw", "animation-play"),
    ),
    Industry(
        "dj",
        ARTS,
        ("dj", "disc jockey", "mobile disco", "disco", "nightclub", "night club", "club night"),
        ("record-player", "headphones", "speaker"),
    ),
    # Agriculture and garden
    Industry(
        "farm",
        AGRICULTURE,
        ("farm", "farmer", "farming", "organic farm", "family farm", "agriculture", "homestead", "agricultural"),
        ("barn", "tractor", "sprout"),
    ),
    Industry(
        "dairy farm",
        AGRICULTURE,
        ("dairy", "dairy farm", "milk", "milk delivery", "cattle", "ranch", "livestock", "cattle ranch"),
        ("cow", "barn", "silo"),
    ),
    Industry(
        "sheep farm",
        AGRICULTURE,
        ("sheep", "sheep farm", "wool", "shepherd", "alpaca", "llama"),
        ("sheep", "barn", "grass"),
    ),
    Industry(
        "poultry farm",
        AGRICULTURE,
        ("poultry", "chicken farm", "eggs", "free range", "hatchery", "egg farm"),
        ("egg", "barn", "food-drumstick"),
    ),
    Industry("pig farm", AGRICULTURE, ("pig farm", "pigs", "piggery", "pork", "hog farm"), ("pig", "barn")),
    Industry(
        "orchard",
        AGRICULTURE,
        ("orchard", "fruit farm", "apple orchard", "cider", "cidery", "pick your own"),
        ("food-apple", "fruit-pear", "tree"),
    ),
    Industry(
        "beekeeping",
        AGRICULTURE,
        ("beekeeping", "beekeeper", "apiary", "honey", "bee", "apiarist"),
        ("bee", "bee-flower", "beekeeper"),
    ),
    Industry(
        "garden center",
        AGRICULTURE,
        (
            "garden center",
            "garden centre",
            "plant nursery",
            "plant shop",
            "houseplants",
            "succulents",
            "plants",
            "tree nursery",
        ),
        ("sprout", "flower-pollen", "cactus"),
    ),
    Industry(
        "landscaping",
        AGRICULTURE,
        (
            "landscaping",
            "landscaper",
            "landscape design",
            "garden design",
            "gardener",
            "gardening",
            "garden maintenance",
            "garden",
        ),
        ("tree", "shovel", "flower"),
    ),
    Industry(
        "lawn care",
        AGRICULTURE,
        ("lawn care", "lawn", "lawn mowing", "mowing", "grass cutting", "turf", "lawn service"),
        ("mower", "grass", "sprinkler"),
    ),
    Industry(
        "tree service",
        AGRICULTURE,
        ("arborist", "tree surgeon", "tree service", "tree removal", "forestry", "logging", "lumber", "sawmill"),
        ("pine-tree", "axe", "forest"),
    ),
    Industry(
        "greenhouse",
        AGRICULTURE,
        ("greenhouse", "hydroponics", "urban farm", "vertical farm", "microgreens", "glasshouse"),
        ("greenhouse", "sprout", "hoop-house"),
    ),
    Industry(
        "flour mill",
        AGRICULTURE,
        ("grain", "flour mill", "mill", "miller", "wheat", "cereal"),
        ("grain", "barley", "silo"),
    ),
    Industry(
        "aquaculture",
        AGRICULTURE,
        ("aquaculture", "fish farm", "fishery", "oyster farm", "shellfish"),
        ("fish", "waves", "water"),
    ),
    Industry(
        "irrigation",
        AGRICULTURE,
        ("irrigation", "sprinkler", "sprinkler system", "water management"),
        ("sprinkler", "watering-can", "water-pump"),
    ),
    Industry(
        "farm equipment",
        AGRICULTURE,
        ("farm equipment", "tractor", "agricultural machinery", "tractor dealer", "farm machinery"),
        ("tractor-variant", "tractor", "silo"),
    ),
    Industry(
        "mushroom farm", AGRICULTURE, ("mushroom", "mycology", "mushroom farm", "fungi"), ("mushroom", "leaf", "basket")
    ),
    Industry(
        "composting",
        AGRICULTURE,
        ("compost", "composting", "soil", "topsoil", "fertilizer", "fertiliser"),
        ("compost", "sprout", "shovel"),
    ),
    # Real estate and home
    Industry(
        "real estate agency",
        HOME,
        ("real estate", "realtor", "estate agent", "estate agency", "property", "realty"),
        ("home-modern", "sign-real-estate", "key"),
    ),
    Industry(
        "property management",
        HOME,
        (
            "property management",
            "property manager",
            "landlord",
            "lettings",
            "letting agent",
            "apartments",
            "apartment rental",
        ),
        ("office-building", "key-chain", "home-city"),
    ),
    Industry(
        "home builder",
        HOME,
        (
            "home builder",
            "homebuilder",
            "property developer",
            "real estate developer",
            "housing",
            "new homes",
            "custom homes",
        ),
        ("home-modern", "crane", "hard-hat"),
    ),
    Industry(
        "architecture",
        HOME,
        ("architect", "architecture", "architectural", "architecture firm", "architecture studio"),
        ("ruler-square-compass", "floor-plan", "office-building"),
    ),
    Industry(
        "interior design",
        HOME,
        ("interior design", "interior designer", "interiors", "home staging", "home decor", "homeware", "decor"),
        ("sofa", "floor-lamp", "palette-swatch"),
    ),
    Industry(
        "home inspection",
        HOME,
        ("home inspection", "home inspector", "building inspection", "building inspector", "property inspection"),
        ("home-search", "clipboard-check", "magnify"),
    ),
    Industry(
        "kitchen design",
        HOME,
        ("kitchen design", "kitchen fitter", "kitchen remodeling", "kitchen renovation", "cabinets", "kitchens"),
        ("countertop", "stove", "fridge"),
    ),
    Industry(
        "bathroom design",
        HOME,
        ("bathroom", "bathroom fitter", "bathroom remodeling", "bathroom renovation", "shower installation"),
        ("bathtub", "shower", "faucet"),
    ),
    Industry(
        "renovation",
        HOME,
        ("renovation", "remodeling", "remodelling", "home improvement", "refurbishment"),
        ("home-modern", "hammer-wrench", "format-paint"),
    ),
    Industry(
        "smart home",
        HOME,
        ("smart home", "home automation", "home technology", "home theater", "home cinema"),
        ("home-automation", "lightbulb-on", "home-lightning-bolt"),
    ),
    Industry(
        "self storage",
        HOME,
        ("self storage", "storage", "storage unit", "lockers"),
        ("warehouse", "package-variant-closed", "locker"),
    ),
    Industry(
        "coworking",
        HOME,
        (
            "coworking",
            "co working",
            "coworking space",
            "shared office",
            "office space",
            "workspace",
            "serviced offices",
        ),
        ("desk", "chair-rolling", "office-building"),
    ),
    Industry(
        "lighting store",
        HOME,
        ("lighting", "lamps", "lighting store", "lighting design", "chandeliers"),
        ("lamp", "ceiling-light", "chandelier"),
    ),
    # Home services
    Industry(
        "cleaning service",
        HOME_SERVICES,
        ("cleaning", "cleaner", "cleaning service", "maid", "housekeeping", "janitorial", "carpet cleaning"),
        ("broom", "spray-bottle", "vacuum"),
    ),
    Industry(
        "laundry",
        HOME_SERVICES,
        ("laundry", "laundromat", "launderette", "dry cleaning", "dry cleaner", "wash and fold", "ironing"),
        ("washing-machine", "tumble-dryer", "iron"),
    ),
    Industry(
        "window cleaning",
        HOME_SERVICES,
        ("window cleaning", "window cleaner", "window washing", "pressure washing", "gutter cleaning"),
        ("squeegee", "window-closed-variant", "spray-bottle"),
    ),
    Industry(
        "pest control",
        HOME_SERVICES,
        ("pest control", "exterminator", "pest", "termite", "rodent control", "bed bugs"),
        ("bug", "spider", "rodent"),
    ),
    Industry(
        "pool service",
        HOME_SERVICES,
        ("pool service", "pool cleaning", "pool maintenance", "pool builder", "pool repair", "hot tubs"),
        ("pool", "pool-thermometer", "hot-tub"),
    ),
    Industry(
        "chimney sweep",
        HOME_SERVICES,
        ("chimney sweep", "chimney", "fireplace", "wood stoves"),
        ("fireplace", "broom", "fire"),
    ),
    Industry(
        "babysitting",
        HOME_SERVICES,
        ("babysitter", "babysitting", "nanny", "au pair", "childminder"),
        ("baby-carriage", "teddy-bear", "human-female-girl"),
    ),
    Industry(
        "security company",
        HOME_SERVICES,
        (
            "security",
            "security company",
            "security guard",
            "security services",
            "guarding",
            "alarm systems",
            "cctv",
            "bodyguard",
        ),
        ("shield-half-full", "cctv", "police-badge"),
    ),
    # Travel and hospitality
    Industry(
        "hotel",
        TRAVEL,
        ("hotel", "motel", "inn", "lodge", "boutique hotel", "guest house", "guesthouse"),
        ("bed-king", "room-service", "key-chain"),
    ),
    Industry("hostel", TRAVEL, ("hostel", "backpackers", "youth hostel"), ("bunk-bed", "bag-personal", "bed")),
    Industry(
        "bed and breakfast",
        TRAVEL,
        (
            "bed and breakfast",
            "b b",
            "bnb",
            "vacation rental",
            "holiday rental",
            "holiday home",
            "holiday cottage",
            "airbnb",
        ),
        ("bed", "coffee", "home-heart"),
    ),
    Industry(
        "travel agency",
        TRAVEL,
        ("travel", "travel agency", "travel agent", "tour operator", "tours", "holidays", "vacations", "trips"),
        ("airplane", "earth", "bag-suitcase"),
    ),
    Industry(
        "tour guide",
        TRAVEL,
        ("tour guide", "city tours", "walking tours", "sightseeing", "guided tours", "excursions"),
        ("map", "binoculars", "compass-rose"),
    ),
    Industry(
        "beach resort",
        TRAVEL,
        ("beach", "resort", "beach club", "beach bar", "beach resort", "island resort"),
        ("umbrella-beach", "palm-tree", "beach"),
    ),
    Industry("cruise", TRAVEL, ("cruise", "cruise line", "river cruise"), ("ferry", "anchor", "ship-wheel")),
    Industry(
        "camping",
        TRAVEL,
        ("camping", "campground", "campsite", "glamping", "rv park", "caravan park", "outdoor gear", "camp"),
        ("tent", "campfire", "caravan"),
    ),
    Industry(
        "hot air balloon",
        TRAVEL,
        ("hot air balloon", "balloon rides", "ballooning", "balloon flights"),
        ("airballoon", "cloud", "weather-sunny"),
    ),
    Industry(
        "visa services",
        TRAVEL,
        ("immigration", "visa", "visa services", "passport services", "immigration consultant"),
        ("passport", "earth", "airplane"),
    ),
    Industry(
        "ski lodge",
        TRAVEL,
        ("ski lodge", "chalet", "mountain lodge", "cabin rental", "cabin"),
        ("cabin-a-frame", "pine-tree", "fireplace"),
    ),
    # Professional services
    Industry(
        "consulting",
        SERVICES,
        (
            "consulting",
            "consultant",
            "consultancy",
            "advisory",
            "management consulting",
            "business consulting",
            "strategy",
        ),
        ("lightbulb-on", "handshake", "strategy"),
    ),
    Industry(
        "marketing agency",
        SERVICES,
        (
            "marketing",
            "marketing agency",
            "digital marketing",
            "advertising",
            "seo",
            "social media",
            "public relations",
            "pr",
        ),
        ("bullhorn", "bullseye-arrow", "chart-line"),
    ),
    Industry(
        "recruitment",
        SERVICES,
        (
            "recruitment",
            "recruiting",
            "recruiter",
            "staffing",
            "hr",
            "human resources",
            "headhunter",
            "employment agency",
        ),
        ("briefcase", "human-greeting-variant", "handshake"),
    ),
    Industry(
        "translation",
        SERVICES,
        ("translation", "translator", "interpreter", "interpreting", "localization", "localisation"),
        ("translate", "earth", "chat"),
    ),
    Industry(
        "life coaching",
        SERVICES,
        (
            "coach",
            "coaching",
            "life coach",
            "life coaching",
            "mentor",
            "mentoring",
            "business coach",
            "executive coaching",
        ),
        ("head-lightbulb", "compass-rose", "summit"),
    ),
    Industry(
        "virtual assistant",
        SERVICES,
        (
            "virtual assistant",
            "admin support",
            "secretarial",
            "office services",
            "executive assistant",
            "administration",
        ),
        ("headset", "laptop", "clipboard-list"),
    ),
    Industry(
        "call center",
        SERVICES,
        (
            "call center",
            "call centre",
            "customer service",
            "contact center",
            "answering service",
            "customer support",
            "telemarketing",
        ),
        ("face-agent", "headset", "phone-in-talk"),
    ),
    Industry(
        "private investigator",
        SERVICES,
        ("private investigator", "detective", "investigations", "investigator", "private eye"),
        ("incognito", "fingerprint", "magnify"),
    ),
    Industry("photo booth", SERVICES, ("photo booth", "photobooth", "selfie booth"), ("camera-party-mode", "polaroid")),
    # Community, religion and nonprofit
    Industry(
        "church",
        COMMUNITY,
        ("church", "chapel", "parish", "ministry", "congregation", "cathedral", "christian", "fellowship"),
        ("church", "cross", "hands-pray"),
    ),
    Industry(
        "mosque",
        COMMUNITY,
        ("mosque", "masjid", "islamic center", "islamic centre", "muslim"),
        ("mosque", "star-crescent"),
    ),
    Industry(
        "synagogue",
        COMMUNITY,
        ("synagogue", "jewish community", "shul", "temple beth"),
        ("synagogue", "star-david", "menorah"),
    ),
    Industry(
        "temple",
        COMMUNITY,
        ("temple", "buddhist temple", "hindu temple", "monastery", "buddhist", "hindu", "gurdwara"),
        ("temple-buddhist", "temple-hindu", "dharmachakra"),
    ),
    Industry(
        "charity",
        COMMUNITY,
        ("charity", "nonprofit", "non profit", "ngo", "donations", "fundraising", "volunteer"),
        ("hand-heart", "charity", "handshake"),
    ),
    Industry(
        "community center",
        COMMUNITY,
        (
            "community",
            "community center",
            "community centre",
            "community group",
            "neighborhood association",
            "social club",
            "youth club",
        ),
        ("home-group", "crowd", "handshake"),
    ),
    Industry(
        "food bank",
        COMMUNITY,
        ("food bank", "soup kitchen", "food pantry", "food drive"),
        ("basket", "hand-heart", "food-apple"),
    ),
    Industry(
        "political campaign",
        COMMUNITY,
        ("political", "politics", "campaign", "election", "politician", "political party", "advocacy"),
        ("vote", "bullhorn", "flag"),
    ),
    Industry(
        "local government",
        COMMUNITY,
        ("city council", "municipality", "government", "town hall", "council", "public services", "municipal"),
        ("town-hall", "bank", "flag"),
    ),
    Industry(
        "funeral home",
        COMMUNITY,
        ("funeral", "funeral home", "funeral director", "mortuary", "undertaker", "cremation", "memorial", "cemetery"),
        ("candle", "hands-pray", "flower-poppy"),
    ),
    Industry(
        "scouts",
        COMMUNITY,
        ("scouts", "scouting", "scout group", "girl guides", "youth group", "cub scouts"),
        ("fleur-de-lis", "campfire", "tent"),
    ),
    Industry(
        "fire department",
        COMMUNITY,
        ("fire department", "fire station", "firefighter", "fire brigade", "fire rescue"),
        ("fire-truck", "fire-station", "fire-hydrant"),
    ),
    Industry(
        "fire protection",
        COMMUNITY,
        ("fire safety", "fire protection", "fire extinguishers", "fire alarm", "fire sprinkler"),
        ("fire-extinguisher", "smoke-detector", "sprinkler-fire"),
    ),
    # Energy and environment
    Industry(
        "solar energy",
        ENERGY,
        (
            "solar",
            "solar energy",
            "solar panels",
            "solar installer",
            "solar power",
            "photovoltaic",
            "pv",
            "solar installation",
        ),
        ("solar-panel", "solar-power", "weather-sunny"),
    ),
    Industry(
        "wind energy",
        ENERGY,
        ("wind", "wind energy", "wind farm", "wind turbines", "wind power"),
        ("wind-turbine", "wind-power", "weather-windy"),
    ),
    Industry(
        "energy company",
        ENERGY,
        ("energy", "renewable energy", "green energy", "clean energy", "power company", "utility", "electricity"),
        ("lightning-bolt", "transmission-tower", "power-plug"),
    ),
    Industry(
        "oil and gas",
        ENERGY,
        ("oil", "oil and gas", "petroleum", "drilling", "refinery", "natural gas", "propane"),
        ("barrel", "oil", "gas-cylinder"),
    ),
    Industry(
        "ev charging",
        ENERGY,
        ("ev charging", "electric vehicle", "charging station", "ev", "charge point", "ev chargers"),
        ("ev-station", "ev-plug-type2", "car-electric"),
    ),
    Industry(
        "recycling",
        ENERGY,
        ("recycling", "recycle", "recycled", "zero waste", "upcycling", "scrap metal", "e waste"),
        ("recycle", "recycle-variant", "leaf"),
    ),
    Industry(
        "waste management",
        ENERGY,
        (
            "waste management",
            "junk removal",
            "rubbish removal",
            "waste removal",
            "skip hire",
            "garbage collection",
            "waste",
            "junk",
        ),
        ("dump-truck", "trash-can", "recycle"),
    ),
    Industry(
        "water treatment",
        ENERGY,
        (
            "water treatment",
            "water purification",
            "water utility",
            "well drilling",
            "water filters",
            "water delivery",
            "bottled water",
        ),
        ("water", "water-well", "water-pump"),
    ),
    Industry(
        "environmental",
        ENERGY,
        ("environmental", "environment", "conservation", "sustainability", "ecology", "eco", "climate"),
        ("earth", "leaf", "pine-tree"),
    ),
    Industry(
        "hydro power",
        ENERGY,
        ("hydro", "hydropower", "hydroelectric", "dam"),
        ("hydro-power", "water", "lightning-bolt"),
    ),
    Industry(
        "nuclear",
        ENERGY,
        ("nuclear", "nuclear energy", "nuclear power", "radiation safety"),
        ("atom", "radioactive", "lightning-bolt"),
    ),
    # Automotive
    Industry(
        "auto repair",
        AUTOMOTIVE,
        (
            "auto repair",
            "mechanic",
            "car repair",
            "auto shop",
            "automotive repair",
            "garage",
            "car service centre",
            "auto service",
        ),
        ("car-wrench", "wrench", "tire"),
    ),
    Industry(
        "car wash",
        AUTOMOTIVE,
        ("car wash", "car detailing", "auto detailing", "detailing", "valeting", "hand car wash", "car valet"),
        ("car-wash", "spray-bottle", "car-side"),
    ),
    Industry(
        "car dealership",
        AUTOMOTIVE,
        ("car", "car dealer", "car dealership", "dealership", "used cars", "auto sales", "automotive", "auto"),
        ("car-side", "car-key", "car-sports"),
    ),
    Industry(
        "tire shop",
        AUTOMOTIVE,
        ("tire", "tyre", "tire shop", "tyre shop", "wheel alignment", "wheels"),
        ("tire", "car-wrench", "car-side"),
    ),
    Industry(
        "auto parts",
        AUTOMOTIVE,
        ("auto parts", "car parts", "spare parts", "motor parts", "parts store"),
        ("engine", "car-battery", "piston"),
    ),
    Industry(
        "body shop",
        AUTOMOTIVE,
        ("body shop", "collision repair", "panel beater", "auto body", "car body", "car paint", "bodywork"),
        ("car-door", "spray", "car-wrench"),
    ),
    Industry(
        "oil change", AUTOMOTIVE, ("oil change", "lube", "quick lube", "lube shop"), ("oil", "oil-level", "car-wrench")
    ),
    Industry(
        "motorcycle dealer",
        AUTOMOTIVE,
        ("motorcycle", "motorbike", "moped", "motorcycle repair", "biker"),
        ("motorbike", "racing-helmet", "moped"),
    ),
    Industry(
        "bicycle shop",
        AUTOMOTIVE,
        ("bicycle", "bike", "bike shop", "cycle shop", "bicycle repair", "bike repair"),
        ("bicycle", "bike", "bicycle-basket"),
    ),
    Industry(
        "car rental",
        AUTOMOTIVE,
        ("car rental", "car hire", "rent a car", "vehicle hire", "van hire", "vehicle rental"),
        ("car-key", "car", "key"),
    ),
    Industry(
        "towing",
        AUTOMOTIVE,
        ("towing", "tow truck", "roadside assistance", "breakdown recovery", "vehicle recovery", "wrecker"),
        ("tow-truck", "car-emergency", "car-wrench"),
    ),
    Industry(
        "gas station",
        AUTOMOTIVE,
        ("gas station", "petrol station", "filling station", "fuel", "service station", "fuel station"),
        ("gas-station", "fuel", "oil"),
    ),
    Industry(
        "auto glass",
        AUTOMOTIVE,
        ("auto glass", "windshield", "windscreen", "windshield repair", "windscreen repair"),
        ("car-windshield", "car-wrench"),
    ),
    Industry(
        "rv dealer",
        AUTOMOTIVE,
        ("rv", "campervan", "camper van", "motorhome", "caravans", "camper"),
        ("rv-truck", "caravan", "van-passenger"),
    ),
    # Events
    Industry(
        "wedding planner",
        EVENTS,
        ("wedding", "wedding planner", "wedding planning", "bridal", "bride", "wedding venue", "elopement"),
        ("ring", "glass-flute", "heart"),
    ),
    Industry(
        "event planning",
        EVENTS,
        (
            "event",
            "event planner",
            "event planning",
            "event management",
            "party planner",
            "party planning",
            "event organizer",
        ),
        ("party-popper", "balloon", "glass-flute"),
    ),
    Industry(
        "party supplies",
        EVENTS,
        ("party", "party supplies", "balloons", "balloon shop", "party store", "birthday party", "birthday"),
        ("balloon", "party-popper", "cake-variant"),
    ),
    Industry(
        "event venue",
        EVENTS,
        ("venue", "event venue", "banquet hall", "function room", "event space", "ballroom hire", "reception hall"),
        ("chandelier", "party-popper", "glass-flute"),
    ),
    Industry(
        "conference",
        EVENTS,
        ("conference", "convention", "trade show", "expo", "summit", "meetup", "seminar"),
        ("lectern", "presentation", "microphone"),
    ),
    Industry(
        "fireworks", EVENTS, ("firework", "pyrotechnics", "fireworks display"), ("firework", "party-popper", "shimmer")
    ),
    Industry(
        "marquee hire",
        EVENTS,
        ("marquee hire", "tent rental", "party rentals", "event rentals", "marquee", "tent hire"),
        ("tent", "string-lights", "chandelier"),
    ),
    Industry(
        "ticketing",
        EVENTS,
        ("ticketing", "box office", "tickets", "ticket agency"),
        ("ticket", "ticket-confirmation", "drama-masks"),
    ),
    Industry(
        "music festival",
        EVENTS,
        ("festival", "music festival", "concert", "live music", "gig", "concert promoter"),
        ("guitar-electric", "speaker", "ticket"),
    ),
)

_WORD = re.compile(r"[a-z0-9]+")
# Words that name the kind of premises, not the business: they lose to any more specific keyword.
_GENERIC = frozenset(
    {
        "school",
        "academy",
        "college",
        "bar",
        "lounge",
        "salon",
        "restaurant",
        "studio",
        "clinic",
        "gym",
        "store",
        "shop",
        "boutique",
        "garage",
        "garden",
        "club",
        "centre",
        "center",
        "agency",
        "house",
        "contractor",
        "builder",
        "design",
        "consulting",
        "consultant",
        "consultancy",
        "advisory",
        "coach",
        "coaching",
        "community",
    }
)
GENERIC_HEADS = _GENERIC


def _normalise(text: str) -> str:
    """Lower-case ASCII words joined by single spaces ("Café-Bar" -> "cafe bar")."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(_WORD.findall(folded.lower()))


def _plural(phrase: str) -> str:
    """A regex for ``phrase`` or its plural ("bus" -> buses, "bakery" -> bakeries, "cafe" -> cafes)."""
    if re.search(r"(s|x|z|ch|sh)$", phrase):
        return re.escape(phrase) + "(?:es)?"
    if re.search(r"[^aeiou]y$", phrase):
        return re.escape(phrase[:-1]) + "(?:y|ies)"
    return re.escape(phrase) + "s?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[Industry, tuple[tuple[re.Pattern[str], int], ...]], ...]:
    """Each industry with its keyword patterns (plurals allowed) and their scores."""
    out = []
    for industry in INDUSTRIES:
        compiled = []
        for keyword in industry.keywords:
            norm = _normalise(keyword)
            if not norm:
                continue
            score = 1 if norm in _GENERIC else len(norm)
            compiled.append((re.compile(rf"\b{_plural(norm)}\b"), score))
        out.append((industry, tuple(compiled)))
    return tuple(out)


def matched_keywords(text: str) -> list[tuple[Industry, str]]:
    """Industries whose keywords occur in ``text`` with the keyword that matched, best match first."""
    lowered = _normalise(text)
    if not lowered:
        return []
    scored: list[tuple[int, int, Industry, str]] = []
    for order, (industry, patterns) in enumerate(_patterns()):
        best, found = 0, ""
        for (pattern, score), keyword in zip(patterns, _keyword_norms(industry), strict=True):
            if score > best and pattern.search(lowered):
                best, found = score, keyword
        if best:
            scored.append((-best, order, industry, found))
    return [(industry, keyword) for _, _, industry, keyword in sorted(scored, key=lambda t: (t[0], t[1]))]


@cache
def _keyword_norms(industry: Industry) -> tuple[str, ...]:
    """The industry's keywords normalised, in the order of its compiled patterns."""
    return tuple(n for n in (_normalise(k) for k in industry.keywords) if n)


def match_industries(text: str) -> list[Industry]:
    """Industries whose keywords occur in ``text``, best match first (longest keyword wins).

    Generic premises words ("school", "shop", "bar", ...) count least, so "dance school" is a dance
    school before it is a school.
    """
    lowered = _normalise(text)
    if not lowered:
        return []
    scored: list[tuple[int, int, Industry]] = []
    for order, (industry, patterns) in enumerate(_patterns()):
        best = 0
        for pattern, score in patterns:
            if score > best and pattern.search(lowered):
                best = score
        if best:
            scored.append((-best, order, industry))
    return [industry for _, _, industry in sorted(scored, key=lambda t: (t[0], t[1]))]
