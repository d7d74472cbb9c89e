"""Word lists behind the entity model (newslint.entities). Plain data: sets and dicts of strings.

Gender marks: "m" (he), "f" (she), None (either).
"""

# Honorifics written before a name ("Mr Blair", "Ms. Hewitt"), with the gender they mark.
HONORIFICS = {
    "Mr": "m", "Mister": "m", "Messrs": "m", "Sir": "m", "Lord": "m", "Herr": "m", "Monsieur": "m", "M": "m",
    "Senor": "m", "Señor": "m", "Don": "m", "Sheikh": "m", "Shaikh": "m", "Mullah": "m", "Father": "m",
    "Mrs": "f", "Ms": "f", "Miss": "f", "Mme": "f", "Madame": "f", "Mlle": "f", "Madam": "f", "Dame": "f",
    "Lady": "f", "Frau": "f", "Senora": "f", "Señora": "f", "Sheikha": "f", "Sister": "f",
    "Dr": None, "Doctor": None, "Prof": None, "Professor": None, "Rev": None, "Reverend": None, "Hon": None,
}

# Office and rank words that head a title written before a name ("Foreign Minister Wang Yi").
TITLE_HEADS = {
    "President": None, "Vice-President": None, "President-elect": None, "Premier": None, "Minister": None,
    "Secretary": None, "Secretary-General": None, "Chancellor": None, "Vice-Chancellor": None, "Governor": None,
    "Mayor": None, "Senator": None, "Sen": None, "Rep": None, "Representative": None, "Congressman": "m",
    "Congresswoman": "f", "Ambassador": None, "Envoy": None, "Commissioner": None, "Chairman": None,
    "Chairwoman": "f", "Chairperson": None, "Chair": None, "Director": None, "Director-General": None,
    "Judge": None, "Justice": None, "Speaker": None, "King": "m", "Queen": "f", "Prince": "m", "Princess": "f",
    "Emperor": "m", "Empress": "f", "Pope": "m", "Cardinal": "m", "Archbishop": None, "Bishop": None,
    "Rabbi": None, "Imam": "m", "Ayatollah": "m", "Emir": "m", "Sultan": "m", "Crown": None, "General": None,
    "Gen": None, "Lieutenant": None, "Lt": None, "Colonel": None, "Col": None, "Major": None, "Maj": None,
    "Captain": None, "Capt": None, "Admiral": None, "Adm": None, "Commander": None, "Marshal": None,
    "Sergeant": None, "Sgt": None, "Corporal": None, "Cpl": None, "Private": None, "Pte": None, "Pvt": None,
    "Inspector": None, "Detective": None, "Superintendent": None, "Constable": None, "Spokesman": "m",
    "Spokeswoman": "f", "Spokesperson": None, "Councillor": None, "Councilman": "m", "Councilwoman": "f",
    "Lawmaker": None, "Legislator": None, "MP": None, "MEP": None, "Coach": None, "Manager": None,
    "Dean": None, "Provost": None, "DJ": None, "Chief": None, "CEO": None, "Deputy": None, "Attorney": None,
    "Attorney-General": None, "Solicitor-General": None, "Prosecutor": None, "Auditor": None, "Consul": None,
    "Baroness": "f", "Baron": "m", "Duke": "m", "Duchess": "f", "Earl": "m", "Countess": "f", "Viscount": "m",
    "Patriarch": "m", "Metropolitan": "m", "Grand": None, "Supreme": None, "Leader": None, "Officer": None,
}

# Multi-word titles, matched as one unit.
TITLE_PHRASES = [
    "Prime Minister", "Deputy Prime Minister", "Vice President", "Vice Premier", "Secretary of State",
    "Secretary-General", "Secretary General", "Attorney General", "Chief Executive", "Chief Justice",
    "Crown Prince", "Grand Ayatollah", "Supreme Leader", "Foreign Minister", "Foreign Secretary",
    "Home Secretary", "Defence Secretary", "Defense Secretary", "Chancellor of the Exchequer", "Lord Chancellor",
    "First Minister", "First Secretary", "General Secretary", "Director General", "Chief of Staff",
    "Lieutenant General", "Major General", "Brigadier General", "Rear Admiral", "Vice Admiral",
    "Field Marshal", "Chief Minister", "Minister of State", "Secretary of Defense", "Secretary of Defence",
]

# Titles written in lower case before a name ("spokesman Wang Wenbin", "coach Andy Robinson").
LOWER_TITLES = {
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "chairman": None, "chairwoman": "f",
    "coach": None, "manager": None, "boss": None, "striker": None, "midfielder": None, "defender": None,
    "goalkeeper": None, "keeper": None, "winger": None, "captain": None, "skipper": None, "forward": None,
    "prop": None, "hooker": None, "fly-half": None, "scrum-half": None, "flanker": None, "centre": None,
    "full-back": None, "lock": None, "bowler": None, "batsman": "m", "singer": None, "actor": "m",
    "actress": "f", "director": None, "producer": None, "rapper": None, "comedian": None, "author": None,
    "writer": None, "novelist": None, "presenter": None, "host": None, "journalist": None, "reporter": None,
    "correspondent": None, "analyst": None, "economist": None, "lawyer": None, "attorney": None,
    "minister": None, "secretary": None, "president": None, "premier": None, "chancellor": None,
    "leader": None, "executive": None, "chief": None, "founder": None, "co-founder": None, "ambassador": None,
    "envoy": None, "senator": None, "governor": None, "mayor": None, "judge": None, "official": None,
    "champion": None, "star": None, "player": None, "driver": None, "rider": None, "jockey": None,
    "trainer": None, "musician": None, "guitarist": None, "drummer": None, "designer": None, "artist": None,
    "photographer": None, "professor": None, "scientist": None, "researcher": None, "colleague": None,
    "candidate": None, "challenger": None, "veteran": None, "newcomer": None,
    "wife": "f", "husband": "m", "son": "m", "daughter": "f", "brother": "m", "sister": "f", "father": "m",
    "mother": "f", "uncle": "m", "aunt": "f", "nephew": "m", "niece": "f", "cousin": None, "widow": "f",
    "widower": "m", "girlfriend": "f", "boyfriend": "m", "fiancee": "f", "fiance": "m", "team-mate": None,
    "teammate": None, "opponent": None, "deputy": None, "adviser": None, "advisor": None, "aide": None,
    "negotiator": None, "commissioner": None, "inspector": None, "detective": None, "officer": None,
    "spokesman's": "m", "counterpart": None, "predecessor": None, "successor": None, "lawmaker": None,
}

# Common nouns for people: a pronoun may refer to "the minister", "the 35-year-old", "a woman".
PERSON_NOUNS = {
    **{k: v for k, v in LOWER_TITLES.items() if not k.endswith("'s")},
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "child": None, "baby": None, "person": None,
    "gentleman": "m", "lady": "f", "guy": "m", "king": "m", "queen": "f", "prince": "m", "princess": "f",
    "emperor": "m", "empress": "f", "pope": "m", "monk": "m", "nun": "f", "priest": None, "bishop": None,
    "sportsman": "m", "sportswoman": "f", "businessman": "m", "businesswoman": "f", "policeman": "m",
    "policewoman": "f", "congressman": "m", "congresswoman": "f", "councilman": "m", "councilwoman": "f",
    "suspect": None, "victim": None, "witness": None, "defendant": None, "prisoner": None, "detainee": None,
    "hostage": None, "soldier": None, "pilot": None, "citizen": None, "resident": None, "tourist": None,
    "student": None, "teacher": None, "doctor": None, "nurse": None, "patient": None, "worker": None,
    "employee": None, "owner": None, "chief": None, "head": None, "figure": None, "politician": None,
    "diplomat": None, "activist": None, "dissident": None, "protester": None, "blogger": None, "voter": None,
    "winner": None, "loser": None, "runner-up": None, "athlete": None, "sprinter": None, "swimmer": None,
    "golfer": None, "boxer": None, "fighter": None, "cyclist": None, "batter": None, "pitcher": None,
    "quarterback": None, "international": None, "youngster": None, "teenager": None, "pensioner": None,
    "investor": None, "trader": None, "banker": None, "billionaire": None, "millionaire": None,
    "entrepreneur": None, "tycoon": None, "magnate": None, "heir": None, "heiress": "f", "chef": None,
    "editor": None, "filmmaker": None, "dancer": None, "composer": None, "conductor": None, "poet": None,
    "broadcaster": None, "commentator": None, "critic": None, "expert": None, "academic": None,
    "official": None, "spokesperson": None, "representative": None, "delegate": None, "speaker": None,
    "man's": "m", "woman's": "f", "individual": None, "mp": None, "peer": None, "monarch": None,
    "stepfather": "m", "stepmother": "f", "grandfather": "m", "grandmother": "f", "grandson": "m",
    "granddaughter": "f", "mum": "f", "dad": "m", "mom": "f", "husband's": "m", "fan": None, "supporter": None,
    "customer": None, "client": None, "user": None, "founder": None, "victor": None,
    "incumbent": None, "nominee": None, "appointee": None, "chairman's": "m", "father-of-two": "m",
    "mother-of-two": "f", "father-of-three": "m", "mother-of-three": "f", "frontman": "m", "sir": "m",
    "medallist": None, "medalist": None, "comic": None, "farmer": None, "fisherman": "m", "landlord": None,
    "landlady": "f", "tenant": None, "driver": None, "passenger": None, "pedestrian": None,
    "gunman": "m", "attacker": None, "killer": None, "murderer": None,
    "thief": None, "robber": None, "bomber": None, "assailant": None, "perpetrator": None, "offender": None,
    "accused": None, "convict": None, "inmate": None, "refugee": None, "migrant": None, "immigrant": None,
    "volunteer": None, "guard": None, "agent": None, "spy": None, "officer": None, "commander": None,
    "general": None, "colonel": None, "sergeant": None, "lieutenant": None, "captain": None, "crew": None,
    "sailor": None, "astronaut": None, "engineer": None, "architect": None, "surgeon": None, "dentist": None,
    "pharmacist": None, "vet": None, "judge": None, "juror": None, "magistrate": None, "barrister": None,
    "solicitor": None, "prosecutor": None, "clerk": None, "accountant": None, "consultant": None,
    "salesman": "m", "saleswoman": "f", "chairperson": None, "pupil": None, "graduate": None,
    "lecturer": None, "scholar": None, "historian": None, "philosopher": None, "preacher": None,
    "cleric": None, "imam": "m", "rabbi": None, "pastor": None, "vicar": None, "cardinal": "m",
    "archbishop": None, "sovereign": None, "ruler": None, "dictator": None, "tyrant": None,
    "warlord": None, "rebel": None, "militant": None, "insurgent": None, "sniper": None,
    "mayor": None, "councillor": None, "governor": None, "senator": None, "legislator": None, "premier": None, "chancellor": None, "statesman": "m", "stateswoman": "f",
    "actor's": "m", "singer-songwriter": None, "songwriter": None, "band-mate": None, "bandmate": None,
    "co-star": None, "star's": None, "celebrity": None, "model": None, "supermodel": None, "idol": None,
    "coach's": None, "manager's": None, "referee": None, "umpire": None, "substitute": None,
    "debutant": None, "debutante": "f", "veteran": None, "legend": None, "hero": None, "heroine": "f",
    "villain": None, "host": None, "hostess": "f", "waiter": None, "waitress": "f", "nanny": "f",
    "bride": "f", "groom": "m", "baroness": "f", "duchess": "f", "duke": "m", "lord": "m", "earl": "m",
    "countess": "f", "knight": "m", "dame": "f", "sheikh": "m", "emir": "m", "sultan": "m", "tsar": "m",
    "czar": "m", "shah": "m", "pharaoh": "m", "prophet": "m", "saint": None, "pope's": "m",
    "viewer": None, "listener": None, "reader": None, "subscriber": None, "caller": None, "character": None,
    "protagonist": None, "recruit": None, "translator": None, "interpreter": None,
    "cadre": None, "campaigner": None, "organiser": None, "organizer": None, "fielder": None, "hitter": None,
    "catcher": None, "runner": None, "skater": None, "skier": None, "climber": None, "racer": None,
    "footballer": None, "cricketer": None, "tennis player": None, "lawyer's": None, "headteacher": None,
    "principal": None, "schoolboy": "m", "schoolgirl": "f", "lad": "m", "lass": "f", "bloke": "m",
    "mayor's": None, "whistleblower": None, "informant": None, "plaintiff": None, "claimant": None,
    "applicant": None, "contestant": None, "finalist": None, "nominee's": None, "daughter-in-law": "f",
    "son-in-law": "m", "mother-in-law": "f", "father-in-law": "m", "ex-wife": "f", "ex-husband": "m",
}
# Person nouns that are as often adjectives, verbs or things ("an official visit", "the host nation", "head
# the list"): they count only after a determiner.
AMBIGUOUS_PERSON_NOUNS = frozenset("""accused official head suspect witness guard model international representative
executive veteran general chief host star judge fan agent figure individual delegate speaker user client customer
supporter heir legend hero idol substitute saint lord duke lead principal runner character reader driver
international captain centre forward lock prop hooker keeper winner loser critic expert academic founder owner
partner member trader investor banker player leader boss coach manager""".split())

# Organisations named outright: acronyms and well-known names (key: the name as written).
ORG_NAMES = {
    "EU", "E.U.", "UN", "U.N.", "NATO", "Nato", "WHO", "IMF", "WTO", "OPEC", "Opec", "ASEAN", "Asean", "AU",
    "OSCE", "IAEA", "UNESCO", "Unesco", "UNICEF", "Unicef", "UNHCR", "OECD", "G7", "G8", "G20", "BRICS",
    "Brics", "SCO", "APEC", "Apec", "FIFA", "Fifa", "UEFA", "Uefa", "IOC", "ICC", "ICJ", "ECB", "Fed",
    "Federal Reserve", "World Bank", "Red Cross", "Red Crescent", "Hamas", "Hezbollah", "Hizbollah",
    "Taliban", "al-Qaeda", "Al-Qaeda", "al Qaeda", "Al Qaeda", "Islamic State", "ISIS", "ISIL", "Isis",
    "Labour", "Conservatives", "Tories", "Democrats", "Republicans", "Lib Dems", "Liberal Democrats",
    "Congress", "Parliament", "Senate", "Kremlin", "Pentagon", "White House", "Downing Street", "Xinhua",
    "Reuters", "AFP", "AP", "BBC", "CNN", "Interpol", "Europol", "Mercosur", "Nafta", "NAFTA", "Gazprom",
    "Rosneft", "Huawei", "Politburo", "Duma", "Knesset", "Bundestag", "Bundesrat", "Sejm", "Rada",
    "Verkhovna Rada", "Majlis", "Storting", "Riksdag", "Folketing", "Dail", "Dáil", "Oireachtas", "Stormont",
    "Holyrood", "European Union", "United Nations", "European Commission", "European Parliament",
    "Security Council", "General Assembly", "African Union", "Arab League", "Commonwealth",
    "State Department", "Foreign Office", "Home Office", "Treasury", "Bank of England", "Cabinet",
}
# Collective names that take "they" ("the Taliban ... they").
PLURAL_ORGS = {"Taliban", "Conservatives", "Tories", "Democrats", "Republicans", "Lib Dems", "Liberal Democrats"}

# The last word of an organisation's name ("Ministry", "... Party", "... Inc.").
ORG_HEADS = {
    "Ministry", "Department", "Dept", "Party", "Inc", "Corp", "Corporation", "Co", "Ltd", "Plc", "plc", "PLC",
    "LLC", "AG", "SA", "NV", "GmbH", "SpA", "Group", "Bank", "Agency", "Commission", "Council", "Committee",
    "Office", "Union", "Association", "Federation", "Organisation", "Organization", "Company", "Authority",
    "Bureau", "Service", "Services", "Institute", "University", "College", "Court", "Tribunal", "Army",
    "Navy", "Force", "Forces", "Guard", "Guards", "Police", "Congress", "Parliament", "Senate", "Assembly",
    "Administration", "Government", "Cabinet", "League", "Club", "Alliance", "Front", "Movement",
    "Coalition", "Foundation", "Fund", "Trust", "Board", "Network", "Airlines", "Airways", "Motors",
    "Holdings", "Industries", "Technologies", "Systems", "Partners", "Society", "Secretariat", "Embassy",
    "Consulate", "Mission", "Chamber", "Exchange", "Reserve", "Treasury", "Times", "Post", "News", "Daily",
    "Press", "Television", "TV", "Radio", "Broadcasting", "Media", "Channel", "Telegraph", "Journal",
    "Herald", "Tribune", "Gazette", "Guardian", "Observer", "Independent", "Mirror", "Express", "Mail",
    "FC", "AC", "RFC", "Harriers", "Ballet", "Opera", "Orchestra", "Philharmonic", "Symphony", "Choir", "Band", "United", "Rovers", "Athletic", "Wanderers", "Hotspur", "Albion", "Corps", "Brigade", "Regiment",
    "Battalion", "Division", "Command", "Directorate", "Inspectorate", "Regime", "Junta", "Dynasty",
    "Commonwealth", "Confederation", "Republic", "Kingdom", "Emirate", "Caliphate", "State",
    "Brotherhood", "Jihad", "Brigades", "Electric", "Energy", "Oil", "Petroleum", "Steel", "Pharmaceuticals",
    "Entertainment", "Studios", "Records", "Publishing", "Capital", "Securities", "Investments", "Insurance",
    "Stores", "Foods", "Communications", "Telecom", "Software", "Labs", "Laboratories", "Mobile",
}
# Organisation heads whose organisation is a government body (message wording only).
GOVERNMENT_HEADS = {"Ministry", "Department", "Government", "Administration", "Cabinet", "Office", "Regime",
                    "Junta", "Parliament", "Congress", "Senate", "Assembly", "Council", "Commission"}

# The last word of a place, event, document or other non-person name ("South China Sea", "World Cup").
THING_HEADS = {
    "Sea", "Ocean", "River", "Lake", "Gulf", "Bay", "Strait", "Straits", "Channel", "Island", "Islands",
    "Peninsula", "Mountains", "Mountain", "Mount", "Mt", "Hills", "Valley", "Desert", "Coast", "Hall",
    "Square", "Street", "Strasse", "Straße", "St", "Road", "Avenue", "Lane", "Palace", "Airport", "Station", "Stadium", "Park",
    "Bridge", "Tower", "Centre", "Center", "Hotel", "Hospital", "Prison", "Province", "Region", "County",
    "District", "City", "Town", "Village", "Port", "Harbour", "Harbor", "Canal", "Basin", "Plateau", "Delta",
    "Zone", "Strip", "Heights", "Cup", "Championship", "Championships", "Games", "Olympics", "Open",
    "Prix", "Prize", "Award", "Awards", "Festival", "Day", "Week", "War", "Act", "Bill", "Treaty",
    "Agreement", "Accord", "Accords", "Summit", "Conference", "Forum", "Initiative", "Plan", "Programme",
    "Program", "Project", "Age", "Era", "Revolution", "Empire", "Crisis", "Index", "Cathedral",
    "Church", "Mosque", "Temple", "Museum", "Gallery", "Theatre", "Theater", "Arena", "Circuit", "Ground",
    "Gardens", "Castle", "Abbey", "Building", "Buildings", "Base", "Camp", "Fields", "Field", "Forest",
    "Wall", "Gate", "Falls", "Dam", "Pass", "Border", "Line", "Highway", "Motorway", "Railway", "Route",
    "Show", "Series", "Trophy", "Medal", "Tour", "Classic", "Marathon", "Rally", "Derby",
    "League", "Premiership", "Division", "Bowl", "Album", "Film", "Novel",
    "Report", "Law", "Code", "Constitution", "Declaration", "Charter", "Convention", "Protocol", "Pact",
    "Deal", "Strategy", "Doctrine", "Policy", "Reform", "Reforms", "Budget", "Survey", "Census", "Poll",
    "Election", "Elections", "Referendum", "Ceremony", "Parade", "Offensive", "Operation", "Massacre",
    "Uprising", "Spring", "Winter", "Summer", "Autumn", "Eve", "Christmas", "Easter", "Year", "House",
}

# Regions, religions, peoples and other capitalised words that are never a person's name on their own.
NON_NAMES = {
    "Asia", "Europe", "Africa", "America", "Americas", "Pacific", "Atlantic", "Arctic", "Antarctic",
    "Antarctica", "Middle", "Mideast", "Gulf", "Balkans", "Caucasus", "Baltic", "Baltics", "Scandinavia",
    "Caribbean", "Mediterranean", "Indo-Pacific", "Eurasia", "Oceania", "Western", "Eastern", "Northern",
    "Southern", "Central", "North", "South", "East", "West", "Southeast", "Northeast", "Southwest",
    "Northwest", "Asian", "European", "African", "Arab", "Arabs", "Latin", "Nordic", "Scandinavian",
    "Islamic", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Jew", "Catholic", "Catholics",
    "Protestant", "Orthodox", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Kurdish", "Kurd", "Kurds",
    "Tibetan", "Tibetans", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Pashtun", "Tamil", "Tamils", "Sikh",
    "Hindu", "Hindus", "Buddhist", "Buddhists", "Communist", "Communists", "Socialist", "Socialists",
    "Conservative", "Liberal", "Liberals", "Democratic", "Republican", "Tory", "Green", "Greens", "Federal",
    "National", "Royal", "Imperial", "International", "Global", "World", "State", "States", "Internet",
    "God", "Allah", "Parliament", "Congress", "Senate", "Government", "Cabinet", "Ministry", "Army", "Navy",
    "Air", "Police", "Court", "Supreme", "High", "Higher", "Foreign", "Home", "Interior", "Defence", "Defense",
    "Finance", "Economic", "Economy", "Trade", "Justice", "Security", "Public", "Health", "Education",
    "Labor", "Transport", "Energy", "Environment", "Agriculture", "Commerce", "Affairs", "Development",
    "Industry", "Culture", "Information", "Communications", "Science", "Technology", "Research",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
    "Easter", "Ramadan", "Eid", "Diwali", "Hanukkah", "Passover", "New", "Old", "Great", "Grand", "Holy",
    "English", "Web", "Olympic", "Olympics", "Paralympic", "Games", "Cup", "League", "Premier",
    "Championship", "Division", "Test", "Tests", "Six", "Nations", "Slam", "Open", "AM", "PM",
    "GMT", "BST", "EST", "CET", "UTC", "AD", "BC", "OK", "TV", "CEO", "GDP", "Covid", "COVID", "Covid-19",
    "COVID-19", "AIDS", "Aids", "HIV", "SARS", "Sars", "Ebola", "I", "II", "III", "IV", "Jr", "Sr",
    "Mainland", "Hong", "Kong", "Special", "Administrative", "Autonomous", "People", "People's", "Union",
    "Kingdom", "Republic", "Federation", "Emirates", "Sino", "Anglo", "Franco", "Indo", "Euro", "Soviet",
    "Western-backed", "Iran-backed", "Russia-backed", "US-backed", "U.S.-backed", "Kremlin-backed",
}

# Capitalised function words: never a name, dropped from the front of a capitalised run.
FUNCTION_WORDS = {
    "The", "A", "An", "This", "That", "These", "Those", "But", "And", "Or", "Nor", "In", "On", "At", "For",
    "With", "From", "By", "To", "Of", "As", "After", "Before", "While", "When", "Whenever", "If", "Although",
    "Though", "Because", "Since", "However", "Meanwhile", "Earlier", "Later", "Overall", "Also", "Yet",
    "So", "Then", "There", "Here", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
    "Our", "My", "Your", "Him", "Them", "Us", "Me", "Some", "Many", "Most", "All", "Both", "Each", "Every",
    "No", "Not", "Other", "Another", "Such", "What", "Which", "Who", "Whom", "Whose", "Where", "Why", "How",
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second",
    "Third", "Last", "Next", "More", "Less", "Few", "Several", "Any", "Under", "Over", "About", "Against",
    "Between", "Among", "Into", "Through", "During", "Without", "Within", "Despite", "Following", "Until", "Unlike", "Like", "Instead", "Now", "Today", "Yesterday", "Tomorrow", "Tonight", "Still",
    "Even", "Only", "Just", "Already", "Again", "Once", "Indeed", "Thus", "Therefore", "Moreover",
    "Furthermore", "Nevertheless", "Nonetheless", "Otherwise", "Besides", "Whether", "Do", "Does", "Did",
    "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Can", "Could", "Will", "Would",
    "Shall", "Should", "May", "Might", "Must", "Yes", "Well", "Please", "Thank", "Thanks", "According",
    "Asked", "Speaking", "Writing", "Separately", "Elsewhere", "Finally", "Initially",
    "Currently", "Recently", "Previously", "Eventually", "Ultimately", "Perhaps", "Maybe",
    "Regarding", "Concerning", "Including", "Amid", "Across", "Around", "Behind", "Beyond", "Below",
    "Above", "Near", "Off", "Out", "Up", "Down", "Toward", "Towards", "Upon", "Via", "Per", "Than",
}

# Speech verbs: a pronoun that is their subject ("he said", "she added") names the speaker, a person.
SPEECH_VERBS = {
    "said", "says", "say", "saying", "told", "tells", "asked", "asks", "added", "adds", "stressed", "stresses",
    "noted", "notes", "insisted", "insists", "explained", "explains", "argued", "argues", "warned", "warns",
    "declared", "declares", "stated", "states", "claimed", "claims", "replied", "replies", "responded",
    "responds", "answered", "answers", "wrote", "writes", "recalled", "recalls", "continued", "continues",
    "concluded", "concludes", "admitted", "admits", "acknowledged", "acknowledges", "suggested",
    "suggests", "pointed", "points", "emphasised", "emphasized", "emphasises", "emphasizes", "underlined",
    "underlines", "announced", "announces", "reiterated", "reiterates", "remarked", "remarks", "observed",
    "observes", "commented", "comments", "conceded", "concedes", "predicted", "predicts", "tweeted",
    "tweets", "posted", "posts", "quipped", "joked", "jokes", "exclaimed", "shouted", "whispered",
    "testified", "testifies", "recounted", "recounts", "confirmed", "confirms", "denied", "denies",
    "believes", "believed", "thinks", "thought", "felt", "feels", "hopes", "hoped", "wondered", "wonders",
}

# Common nouns that name a government, an organisation or a country ("the ministry", "the firm").
ORG_NOUNS = {
    "government": "government", "administration": "government", "ministry": "ministry",
    "department": "department", "cabinet": "government", "regime": "government", "junta": "government",
    "parliament": "parliament", "senate": "parliament", "congress": "parliament", "legislature": "parliament",
    "company": "company", "firm": "company", "corporation": "company", "conglomerate": "company",
    "group": "organisation", "bank": "bank", "lender": "bank", "insurer": "company", "carrier": "company",
    "airline": "company", "manufacturer": "company", "carmaker": "company", "automaker": "company",
    "retailer": "company", "supermarket": "company", "broadcaster": "company", "publisher": "company",
    "studio": "company", "label": "company", "club": "club", "team": "team", "party": "party",
    "army": "army", "military": "army", "navy": "army", "organisation": "organisation",
    "organization": "organisation", "agency": "agency", "council": "council", "committee": "committee",
    "commission": "commission", "board": "board", "authority": "authority", "federation": "federation",
    "union": "union", "alliance": "alliance", "bloc": "bloc", "league": "league", "court": "court",
    "country": "country", "nation": "country", "state": "country", "kingdom": "country",
    "republic": "country", "charity": "organisation", "university": "organisation",
}
# The same, plural or collective ("the police ... they").
PLURAL_ORG_NOUNS = {"police": "police", "authorities": "authorities"}

# Common family names written first (Chinese, Korean, Vietnamese): "Wang Yi" is Mr Wang.
EAST_ASIAN_SURNAMES = set("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Gao Lin Luo Zheng
Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lu Ding Ren
Shen Yao Jin Qin Xi Shi Fu Fan Zou Xiong Meng Qian Bai Mao Hao Kong Lei Duan Wen Qiu Tan Hou Shao Wan Gu Lai Kang
Yin Yi Chang Wong Chan Cheung Leung Lau Tsang Lam Chow Ng Tsai Chiang Lee Kuo Hsu Chu Ko Hua Qi Geng Bo Jia Xia Yan
Zhong Ouyang Sima Kim Park Choi Jung Kang Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Moon Son Bae
Baek Heo Nam Roh Chung Ban Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly""".split())

# Short forms of first names: "Dick Darman" and "Richard Darman" are one person.
NICKNAMES = {
    "Dick": "Richard", "Rick": "Richard", "Rich": "Richard", "Bill": "William", "Billy": "William",
    "Will": "William", "Willy": "William", "Bob": "Robert", "Bobby": "Robert", "Rob": "Robert", "Bert": "Robert",
    "Jim": "James", "Jimmy": "James", "Jack": "John", "Johnny": "John", "Ted": "Edward", "Ed": "Edward",
    "Eddie": "Edward", "Chuck": "Charles", "Charlie": "Charles", "Tony": "Anthony", "Mike": "Michael",
    "Mick": "Michael", "Steve": "Stephen", "Kate": "Catherine", "Katie": "Catherine", "Jerry": "Gerald",
    "Gerry": "Gerald", "Larry": "Lawrence", "Harry": "Henry", "Hank": "Henry", "Peggy": "Margaret",
    "Maggie": "Margaret", "Liz": "Elizabeth", "Beth": "Elizabeth", "Betty": "Elizabeth", "Sandy": "Alexander",
    "Sasha": "Alexander", "Joe": "Joseph", "Pete": "Peter", "Tom": "Thomas", "Tommy": "Thomas", "Dave": "David",
    "Andy": "Andrew", "Matt": "Matthew", "Nick": "Nicholas", "Pat": "Patrick", "Ron": "Ronald",
    "Ronnie": "Ronald", "Don": "Donald", "Fred": "Frederick", "Freddie": "Frederick", "Greg": "Gregory",
    "Jeff": "Jeffrey", "Ken": "Kenneth", "Phil": "Philip", "Sam": "Samuel", "Tim": "Timothy", "Vlad": "Vladimir",
    "Misha": "Mikhail", "Dima": "Dmitry", "Sue": "Susan", "Jenny": "Jennifer", "Chris": "Christopher",
    "Alex": "Alexander", "Ben": "Benjamin", "Dan": "Daniel", "Danny": "Daniel", "Jon": "Jonathan",
    "Stan": "Stanley", "Walt": "Walter", "Abe": "Abraham", "Manny": "Emmanuel", "Nico": "Nicolas",
}
