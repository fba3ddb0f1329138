"""Arithmetic said as a situation, read by the calculator's matcher (quantity_intents.calculator) before the plain
operations: a tip, a discount, what is left, a rate over time, a share, a shape's area, and the like. Each pattern says
what the student got wrong with it (it multiplied or added whatever numbers it saw)."""

from __future__ import annotations

import re

from assistant.skills.intent import Intent

# A tip: "what's the tip on 64 dollars at 20 percent", "a 20% tip on 45" (the student worked out 15*20/64)
_TIP = re.compile(r"(?:what is |how much is |calculate |work out )?(?:the |a |an )?(?:tip (?:on|for) (?:\$ ?)?(?P<a1>\d+(?:\.\d+)?)"
                  r"(?: \w+)? (?:at|of|with) (?P<p1>\d+(?:\.\d+)?) ?(?:percent|%)|(?P<p2>\d+(?:\.\d+)?) ?(?:percent|%) tip "
                  r"(?:on|for|of) (?:a |the )?(?:\$ ?)?(?P<a2>\d+(?:\.\d+)?)(?: \w+)?(?: bill| meal| check)?)")
# A discount: "what's 20 percent off 80 dollars" (the student: 20*1.25)
_OFF = re.compile(r"(?:what is |how much is |what's |calculate )?(?P<p1>\d+(?:\.\d+)?) ?(?:percent|%) off (?:of )?(?:a |the )?(?:\$ ?)?"
                  r"(?P<a1>\d+(?:\.\d+)?)(?: \w+)?|(?:what is |how much is )?(?:\$ ?)?(?P<a2>\d+(?:\.\d+)?)(?: \w+)? "
                  r"(?:with|minus|less|after) (?:a )?(?P<p2>\d+(?:\.\d+)?) ?(?:percent|%)(?: off| discount)?|"
                  # said as a sentence: "a shirt costs 25 dollars and is 20% off. what's the price" (the student: 25-20*1.25)
                  r"(?:if )?(?:a|an|the|my) [a-z ]{1,20}? (?:costs?|is|was|is priced at|sells for) (?:\$ ?)?(?P<a3>\d+(?:\.\d+)?)"
                  r"(?: dollars| euros| pounds| bucks)? and (?:is|it ' s|it is|is on sale for|there is a|there ' s a|i get a|has a) "
                  r"(?P<p3>\d+(?:\.\d+)?) ?(?:percent|%) (?:off|discount)(?: sale)? ?[,.]? (?:then )?(?:(?:what is|what's|how much is) "
                  r"(?:the|its) (?:new |sale |final |discounted )?price(?: now)?|how much (?:does it|is it|will it|would it) cost(?: now| me)?|"
                  r"how much (?:is it|do i pay|will i pay|would i pay|does it come to)(?: now| for it)?|what do i pay)|"
                  # "how much is a 40 dollar shirt at 25% off"
                  r"(?:how much is|what is|what's|what does|what's the price of|what is the price of) (?:a|an|the|my) (?:\$ ?)?"
                  r"(?P<a4>\d+(?:\.\d+)?)(?: dollar| euro| pound)? [a-z ]{1,20}? (?:at|with|after) (?:a )?(?P<p4>\d+(?:\.\d+)?) ?"
                  r"(?:percent|%) (?:off|discount)(?: cost)?")
# "I have 3 apples and eat one. How many are left?" (the student: 3+1)
_LEFT = re.compile(r"(?:if )?i (?:have|had|buy|bought|got|baked|picked) (?:\$ ?)?(?P<n>\d+(?:\.\d+)?) [a-z ]{1,30}?(?:,| and|\.) (?:then )?(?:i )?"
                   r"(?:eat|ate|give away|gave away|give|gave|lose|lost|use|used|sell|sold|drop|dropped|break|broke|spend|spent|pay|paid)"
                   r" (?:\$ ?)?(?P<m>\d+(?:\.\d+)?)(?: of them)?(?: \w+)? ?[.,]? how (?:many|much) (?:[a-z]+ )?"
                   r"(?:are|do i have|have i got|is|will i have|would i have|money is|do i have)"
                   r" left")



# "If I save 50 dollars a week, how much will I have in a year?" (the student: 50*1.5)
_RATE = re.compile(r"(?:if )?(?:i|we|you|she|he|they) (?:save|saves|earn|earns|make|makes|spend|spends|walk|walks|run|runs|"
                   r"read|reads|drive|drives|drink|drinks|eat|eats|get|gets|pay|pays|put away|set aside|use|uses|write|writes|"
                   r"sleep|sleeps|study|studies|work|works) (?:\$ ?)?(?P<n>\d+(?:\.\d+)?)(?: [a-z]+){0,4}? (?:a|an|per|every|each) "
                   r"(?P<per>minute|hour|day|night|week|month|year)\b[^?]*?[,.]? (?:then )?(?:how (?:much|many|far|long)|what)\b[a-z ']*? "
                   r"(?:in|after|over|for|by the end of) (?:a|an|one|the|(?P<k>\d+(?:\.\d+)?)) ?(?:(?P<hours>\d+)[ -]hours? "
                   r"(?:work ?)?day|(?P<span>minute|hour|day|week|month|year|decade)s?)(?: [a-z ]+)?")
# how many of one span are in another (only where that is a whole, agreed number: "a month" in weeks is not)
_SPANS = {("minute", "hour"): 60, ("hour", "day"): 24, ("day", "week"): 7, ("day", "month"): 30, ("day", "year"): 365,
          ("week", "year"): 52, ("month", "year"): 12, ("year", "decade"): 10, ("week", "decade"): 520,
          ("month", "decade"): 120}


_EATEN = re.compile(r"(?:if )?(?:a|an|the|my|our|there (?:is|are)) ?[a-z ]{0,20}? (?:has|have|with|of)? ?(?P<n>\d+) [a-z]+ and "
                    r"(?P<m>\d+) (?:people|friends|kids|children|of us|guests|students|players) (?:each )?(?:eat|take|get|have|"
                    r"use|share out) (?P<k>\d+)(?: [a-z]+)?(?: each| apiece| of them)? ?[,.]? how many (?:[a-z]+ )?(?:are|is) left(?: over)?")


# Session 23's round (the student's calculator calls): "if 4 notebooks cost 10 dollars, how much does one cost" (4*10),
# "if a recipe needs 2 cups of flour for 12 cookies, how much for 36" (2*12), "if my rent is 1200 a month, how much is
# that per year" (1200*1200), "a car uses 8 liters per 100 km, how much fuel for 250 km" (8*250), "a box holds 12 eggs,
# how many boxes for 50 eggs" (12*50), "i drove 150 miles in 3 hours, what was my average speed" (a note looked up)
_MONEY = r"(?:\$ ?)?(?P<{}>\d+(?:\.\d+)?)(?: dollars?| euros?| pounds?| bucks)?"
_WORD_PROBLEMS = [
    (re.compile(r"(?:if )?(?P<n>\d+) [a-z ]{1,30}? costs? " + _MONEY.format("m") + r" ?[,.]? how much (?:does|do|is|would|will) "
                r"(?:one|each|1|a single one|one of them|each one)(?: cost)?"), "{m}/{n}"),
    (re.compile(r"(?:if )?(?:a|an|the|my|this) [a-z ]{1,20}? (?:needs|uses|takes|calls for|makes) (?P<x>\d+(?:\.\d+)?) "
                r"[a-z ]{1,25}? (?:for|to make) (?P<y>\d+(?:\.\d+)?) [a-z]+ ?[,.]? how (?:much|many) [a-z ]{0,30}?(?:for|to make) "
                r"(?P<z>\d+(?:\.\d+)?)(?: [a-z]+)?"), "{x}*{z}/{y}"),
    (re.compile(r"(?:if )?(?:my|the|our|your|a) [a-z ]{1,20}? (?:is|costs?) " + _MONEY.format("n") + r" (?:a|per|every|each) "
                r"(?P<per>day|week|month|year) ?[,.]? (?:how much|what) (?:is|does) (?:that|it)(?: come to| cost| add up to)? (?:per|a|in a|"
                r"each|every|for a|over a) (?P<span>day|week|month|year)"), "rate"),
    # session 25 (the student: 300 pages at 20 a day "6,000"; 120 miles in 2 hours "240"; pizzas at 12 with 50 "600")
    (re.compile(r"(?:if )?(?:i|we|you|he|she|they) (?:read|reads|walk|walks|run|runs|write|writes|save|saves|do|does|paint|paints|"
                r"knit|knits|make|makes|learn|learns|study|studies|practice|practices|earn|earns|put away) (?:\$ ?)?(?P<r>\d+(?:\.\d+)?) "
                r"(?P<thing>[a-z]+)(?: [a-z]+)? (?:a|per|each|every) (?:day|week|hour|month|minute|night|evening) ?[,.]? how (?:long|many "
                r"(?:days|weeks|hours|months|minutes|nights|evenings)) (?:will|would|does|is) it (?:take|going to take) (?:me |us |him |"
                r"her |them )?(?:to )?(?:finish|read|walk|run|write|save|do|reach|get to|make|learn|complete|get through) (?:a |the |"
                r"this |that |all |my |(?:all )?the )?(?:\$ ?)?(?P<n>\d+(?:\.\d+)?)(?:[ -](?P=thing)| [a-z]+)?(?: [a-z]+)?"),
     "ceil({n}/{r})"),
    (re.compile(r"(?:if )?(?:a|an|the|my|this) (?:[a-z]+ ){0,2}?(?:train|car|bus|plane|bike|cyclist|runner|boat|truck|person|man|"
                r"woman|driver|ship) (?:travels|travelled|traveled|drives|drove|goes|went|covers|covered|runs|ran|flies|flew|rides|"
                r"rode|walks|walked|moves|moved|cycles|cycled|sails|sailed) (?P<d>\d+(?:\.\d+)?) ?(?:miles?|km|kilometers?|kilometres?"
                r"|meters?|metres?) in (?P<t>\d+(?:\.\d+)?) hours? ?[,.]? (?:what (?:was|is) (?:its|his|her|their|the) (?:average )?"
                r"speed|how fast (?:is|was|does|did) (?:it|he|she|they)(?: (?:going|go|travel|moving|traveling|travelling))?)"),
     "{d}/{t}"),
    (re.compile(r"(?:if )?(?:a |an |one |each |the )?[a-z ]{1,20}? costs? " + _MONEY.format("p") + r" (?:and|,|\.) ?(?:i|we) "
                r"(?:have|has|got|only have) " + _MONEY.format("m") + r" ?[,.]? how many (?:[a-z]+ )?can (?:i|we) (?:buy|afford|get)"),
     "floor({m}/{p})"),
    (re.compile(r"(?:if )?i(?:'m| am| ' m) (?P<n>\d+)(?: years old| years)? ?[,.]? how many days (?:have i been alive|old am i|have i "
                r"lived|is that)"), "round({n}*365.25)"),
    (re.compile(r"(?:if )?(?:a|my|the|our) (?:car|truck|van|bike|motorbike|vehicle) (?:uses|burns|needs|takes) (?P<x>\d+(?:\.\d+)?) "
                r"(?:liters?|litres?|gallons?|l) (?:per|every|for each|for every) (?P<y>\d+(?:\.\d+)?) ?(?:km|kilometers?|"
                r"kilometres?|miles?) ?[,.]? how much (?:fuel|gas|petrol|diesel)(?: do i need| does it (?:use|need)| will it "
                r"(?:use|need)| is needed| would i need)? (?:for|to (?:drive|go|travel)) (?P<z>\d+(?:\.\d+)?) ?(?:km|kilometers?|"
                r"kilometres?|miles?)"), "{x}*{z}/{y}"),
    (re.compile(r"(?:a|one|each|every) (?P<what>[a-z]+) (?:holds|fits|takes|has room for|carries|seats) (?P<n>\d+)(?: [a-z]+)? ?[,.]? "
                r"how many (?P=what)e?s (?:do|will|would) (?:i|we|you) need (?:for|to (?:hold|fit|carry|seat)) (?P<m>\d+)(?: [a-z]+)?"),
     "ceil({m}/{n})"),
    (re.compile(r"(?:if )?(?:i|we|you|he|she|they) (?:drove|drive|walked|walk|ran|run|cycled|cycle|biked|rode|flew|travell?ed|"
                r"went) (?P<d>\d+(?:\.\d+)?) ?(?:miles?|km|kilometers?|kilometres?|meters?|metres?) in (?P<t>\d+(?:\.\d+)?) "
                r"hours? ?[,.]? what (?:was|is|were) (?:my|our|your|his|her|their|the) (?:average )?speed"), "{d}/{t}"),
]


PI = _PI = "3.141592653589793"
_SIZE = r"(?:of |is |=\s*)?(?P<{}>\d+(?:\.\d+)?)(?: ?(?:cm|centimeters?|m|meters?|inches|inch|in|feet|foot|ft|units?|km|mm))?"
_GEOMETRY = [
    (rf"(?:the )?area of a circle (?:with|whose|that has) (?:a )?radius {_SIZE.format('r')}", f"{_PI}*{{r}}**2"),
    (rf"(?:the )?area of a circle (?:with|whose|that has) (?:a )?diameter {_SIZE.format('d')}", f"{_PI}*({{d}}/2)**2"),
    (rf"(?:the )?(?:circumference|perimeter) of a circle (?:with|whose|that has) (?:a )?radius {_SIZE.format('r')}", f"2*{_PI}*{{r}}"),
    (rf"(?:the )?(?:circumference|perimeter) of a circle (?:with|whose|that has) (?:a )?diameter {_SIZE.format('d')}", f"{_PI}*{{d}}"),
    (rf"(?:the )?area of a (?:rectangle|room|garden|field|yard|floor) (?:that is |with sides |measuring )?{_SIZE.format('a')} "
     rf"(?:by|x|times) {_SIZE.format('b')}", "{a}*{b}"),
    (rf"(?:the )?area of a (?:rectangle|room|garden|field|yard|floor) with (?:a )?(?:length|width) {_SIZE.format('a')} and (?:a )?"
     rf"(?:length|width|height) {_SIZE.format('b')}", "{a}*{b}"),
    (rf"(?:the )?area of a triangle with (?:a )?base {_SIZE.format('a')} and (?:a )?height {_SIZE.format('b')}", "{a}*{b}/2"),
    (rf"(?:the )?area of a square with (?:a )?side(?: length)? {_SIZE.format('a')}", "{a}**2"),
    (rf"(?:the )?perimeter of a square with (?:a )?side(?: length)? {_SIZE.format('a')}", "4*{a}"),
    (rf"(?:the )?volume of a cube with (?:a )?side(?: length)? {_SIZE.format('a')}", "{a}**3"),
    (rf"(?:the )?volume of a sphere with (?:a )?radius {_SIZE.format('r')}", f"4/3*{_PI}*{{r}}**3"),
]
_GEOMETRY_ASKED = [(re.compile(rf"(?:what is |what's |calculate |find |work out |how big is )?(?:{pattern})"), expression)
                   for pattern, expression in _GEOMETRY]


def _geometry(norm: str) -> str | None:
    """The formula of a shape's area, perimeter or volume with its sizes in, or None."""
    for pattern, expression in _GEOMETRY_ASKED:
        m = pattern.fullmatch(norm)
        if m:
            return expression.format(**m.groupdict())
    return None


def _word_problem(norm: str) -> Intent | None:
    for pattern, expression in _WORD_PROBLEMS:
        m = pattern.fullmatch(norm)
        if not m:
            continue
        if expression == "rate":
            factor = _SPANS.get((m["per"], m["span"]))
            back = _SPANS.get((m["span"], m["per"]))
            if factor:
                return Intent("calculator", {"expression": f"{m['n']}*{factor}"})
            return Intent("calculator", {"expression": f"{m['n']}/{back}"}) if back else None
        return Intent("calculator", {"expression": expression.format(**m.groupdict())})
    return None


def _at_a_rate(norm: str) -> Intent | None:
    m = _RATE.fullmatch(norm)
    if not m:
        return None
    k = m["k"] or "1"
    if m["hours"]:   # "in an 8 hour day": 8 of them, at so much an hour
        return Intent("calculator", {"expression": f"{m['n']}*{m['hours']}"}) if m["per"] == "hour" else None
    per = "day" if m["per"] == "night" else m["per"]   # "8 hours a night"
    factor = 1 if per == m["span"] else _SPANS.get((per, m["span"]))
    if factor is None:
        return None
    return Intent("calculator", {"expression": f"{m['n']}*{factor}" + (f"*{k}" if k != "1" else "")})


# session 25 (the student: "250 increased by 10%" -> 2502.5; "the percentage of 30 out of 120" -> 0.25; "a dozen eggs costs 3
# dollars, how much is one egg" -> 36; "2 hours and 30 minutes plus 1 hour and 45 minutes" -> 78; what fraction of a pizza
# of 8 slices is left after 3 -> 0.375, the part eaten)
_UP_DOWN = re.compile(r"(?:what is |how much is |calculate )?(?P<a>\d+(?:\.\d+)?) (?P<way>increased|decreased|raised|reduced|lowered|up|"
                      r"down) by (?P<p>\d+(?:\.\d+)?) ?(?:%|percent)")
_SHARE = re.compile(r"(?:what is )?(?:the )?percentage (?:of )?(?P<a>\d+(?:\.\d+)?) (?:out )?of (?P<b>\d+(?:\.\d+)?)|what percent(?:age)? "
                    r"(?:is|of) (?P<a2>\d+(?:\.\d+)?) (?:out )?of (?P<b2>\d+(?:\.\d+)?)|(?P<a3>\d+(?:\.\d+)?) is what percent(?:age)? "
                    r"of (?P<b3>\d+(?:\.\d+)?)")
_DOZEN_EACH = re.compile(r"(?:if )?(?:a|one) (?P<k>dozen|baker ?'? ?s dozen|pair of|pack of 6|six pack of) [a-z ]{1,20}? costs? "
                         + _MONEY.format("m") + r" ?[,.]? how much (?:is|does|do|would|will) (?:one|each|1|a single)(?: [a-z]+)?(?: cost)?")
_DURATION = r"(?:(?P<h{0}>\d+(?:\.\d+)?) hours?(?: and)?)? ?(?:(?P<m{0}>\d+(?:\.\d+)?) minutes?)?"
_DURATIONS = re.compile(r"(?:what is |what's |how much is )?" + _DURATION.format(1) + r" (?:plus|and|\+) " + _DURATION.format(2))
_FRACTION_LEFT = re.compile(r"(?:if )?(?:a|an|the|my) [a-z ]{1,20}? (?:is cut|is sliced|is divided|has|with) (?:into )?(?P<n>\d+) "
                            r"(?:slices|pieces|parts)(?:,| and) (?:i|we|you|he|she) (?:eat|ate|take|took|have|had) (?P<m>\d+)(?: of them)?"
                            r" ?[,.]? what fraction (?:is|of it is|of the [a-z]+ is) left")
_COUNT_OF = {"dozen": 12, "pair of": 2, "pack of 6": 6, "six pack of": 6}   # (a baker's dozen, however it's written: 13)


def read(norm: str) -> Intent | None:
    """The calculator's call for arithmetic said as a situation (numbers as digits: numbers_said), or None."""
    m = _LEFT.fullmatch(norm)
    if m:
        return Intent("calculator", {"expression": f"{m['n']}-{m['m']}"})
    shape = _geometry(norm)
    if shape:   # "the area of a circle with radius 3" (the student: 9)
        return Intent("calculator", {"expression": shape})
    rate = _at_a_rate(norm) or _word_problem(norm)
    if rate:
        return rate
    m = _EATEN.fullmatch(norm)
    if m:   # "a pizza has 8 slices and 3 people eat 2 each, how many are left" (the student: 8*3)
        return Intent("calculator", {"expression": f"{m['n']}-{m['m']}*{m['k']}"})
    m = re.fullmatch(r"(?:what is |how much is |calculate )?(?:\$ ?)?(\d+(?:\.\d+)?)(?: \w+)? (?:plus|with|and|including|after) "
                     r"(?:a )?(\d+(?:\.\d+)?) ?(?:percent|%)(?: sales)?(?: tax| vat| tip| service charge| interest)?", norm)
    if m:   # "12 dollars plus 15 percent tax" (the student: 12+15/100)
        return Intent("calculator", {"expression": f"{m.group(1)}*(100+{m.group(2)})/100"})
    m = _OFF.fullmatch(norm)
    if m:
        return Intent("calculator", {"expression": f"{m['a1'] or m['a2'] or m['a3'] or m['a4']}*(100-{m['p1'] or m['p2'] or m['p3'] or m['p4']})/100"})
    m = _TIP.fullmatch(norm)
    if m:
        return Intent("calculator", {"expression": f"{m['a1'] or m['a2']}*{m['p1'] or m['p2']}/100"})
    m = _UP_DOWN.fullmatch(norm)
    if m:
        sign = "+" if m["way"] in ("increased", "raised", "up") else "-"
        return Intent("calculator", {"expression": f"{m['a']}*(100{sign}{m['p']})/100"})
    m = _SHARE.fullmatch(norm)
    if m:
        return Intent("as_percent", {"number": f"{m['a'] or m['a2'] or m['a3']}/{m['b'] or m['b2'] or m['b3']}"})
    m = _DOZEN_EACH.fullmatch(norm)
    if m:
        return Intent("calculator", {"expression": f"{m['m']}/{13 if m['k'].startswith('baker') else _COUNT_OF[m['k']]}"})
    m = _DURATIONS.fullmatch(norm)
    if m and (m["h1"] or m["m1"]) and (m["h2"] or m["m2"]) and (m["m1"] or m["m2"]):   # hours and minutes added up
        minutes = sum(float(m[k] or 0) * (60 if k[0] == "h" else 1) for k in ("h1", "m1", "h2", "m2"))
        return Intent("convert_units", {"value": minutes, "from_unit": "minutes", "to_unit": "hours"})
    m = _FRACTION_LEFT.fullmatch(norm)
    if m and 0 < int(m["m"]) < int(m["n"]):
        return Intent("as_fraction", {"number": repr((int(m["n"]) - int(m["m"])) / int(m["n"]))})
    return None
