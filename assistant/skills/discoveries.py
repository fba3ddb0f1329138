"""Who invented or discovered the things everyone learns about, and when: "Who discovered gravity?" (the student: "John
Newton discovered gravity in 1687."), "Who invented the telephone?", "When was penicillin discovered?". Where the
credit is shared or disputed, that is said too. Anything else is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

# what (as asked, without "the"): what is said
_FOUND = {
    'gravity': 'Gravity was explained by Isaac Newton, who described universal gravitation in 1687.',
    'light bulb': "The light bulb was invented by Thomas Edison, in 1879, building on earlier work by Joseph Swan and "
                  "others.",
    'telephone': 'The telephone was invented by Alexander Graham Bell, who patented it in 1876.',
    'airplane': 'The airplane was invented by the Wright brothers, Orville and Wilbur, who first flew one in 1903.',
    'printing press': 'The printing press was invented by Johannes Gutenberg, around 1440.',
    'world wide web': 'The world wide web was invented by Tim Berners-Lee, in 1989.',
    'web': 'The web was invented by Tim Berners-Lee, in 1989.',
    'penicillin': 'Penicillin was discovered by Alexander Fleming, in 1928.',
    'radio': "The radio was invented by Guglielmo Marconi, in the 1890s, building on the work of Nikola Tesla and "
             "others.",
    'television': "The television was invented by John Logie Baird, who showed the first working one in 1926; Philo "
                  "Farnsworth built the first electronic one in 1927.",
    'steam engine': "The steam engine was invented by Thomas Newcomen, who built the first practical one in 1712; James "
                    "Watt greatly improved it in the 1760s.",
    'smallpox vaccine': 'The smallpox vaccine was invented by Edward Jenner, in 1796.',
    'vaccine': 'The vaccine was invented by Edward Jenner, with the smallpox vaccine in 1796.',
    'x-rays': 'X-rays was discovered by Wilhelm Röntgen, in 1895.',
    'x rays': 'X-rays was discovered by Wilhelm Röntgen, in 1895.',
    'radioactivity': "Radioactivity was discovered by Henri Becquerel, in 1896; Marie and Pierre Curie went on to study "
                     "it.",
    'radium': 'Radium was discovered by Marie and Pierre Curie, in 1898.',
    'theory of evolution': "The theory of evolution was developed by Charles Darwin, with Alfred Russel Wallace; Darwin's On the"
                           " Origin of Species came out in 1859.",
    'evolution': "The theory of evolution was developed by Charles Darwin, with Alfred Russel Wallace; Darwin's On the"
                 " Origin of Species came out in 1859.",
    'theory of relativity': "The theory of relativity was developed by Albert Einstein: special relativity in 1905 and general "
                            "relativity in 1915.",
    'relativity': "Relativity was developed by Albert Einstein: special relativity in 1905 and general relativity in "
                  "1915.",
    'periodic table': 'The periodic table was created by Dmitri Mendeleev, in 1869.',
    'dna': "DNA was first found by Friedrich Miescher in 1869; James Watson and Francis Crick described its "
           "double helix in 1953, using Rosalind Franklin's X-ray images.",
    'structure of dna': "The structure of DNA was worked out by James Watson and Francis Crick, in 1953, using Rosalind "
                        "Franklin's X-ray images.",
    'polio vaccine': "The polio vaccine was developed by Jonas Salk, in 1955; Albert Sabin's oral vaccine followed.",
    'insulin': 'Insulin was discovered by Frederick Banting and Charles Best, in 1921.',
    'car': 'The car was invented by Karl Benz, whose Motorwagen of 1886 was the first practical car.',
    'automobile': 'The automobile was invented by Karl Benz, whose Motorwagen of 1886 was the first practical car.',
    'phonograph': 'The phonograph was invented by Thomas Edison, in 1877.',
    'calculus': 'Calculus was invented by Isaac Newton and Gottfried Leibniz, each on his own, in the late 1600s.',
    'wheel': 'No one knows who invented the wheel: wheels appear in Mesopotamia around 3500 BC.',
    'internet': "Many people built the internet: Vint Cerf and Bob Kahn designed its TCP/IP protocols in the 1970s, "
                "and Tim Berners-Lee invented the web on top of it in 1989.",
    'computer': "Many people built the computer: Charles Babbage designed the first mechanical computer in the 1830s,"
                " and Alan Turing described the modern idea in 1936.",
    'electricity': "No one invented electricity: it's a natural force. Benjamin Franklin showed lightning is electrical "
                   "in 1752, and Michael Faraday's work in the 1830s made electric power possible.",
    'lightning rod': 'The lightning rod was invented by Benjamin Franklin, in 1752.',
    'microscope': "The microscope was invented by Dutch spectacle makers around 1590; Antonie van Leeuwenhoek first saw"
                  " bacteria with one in the 1670s.",
    'telescope': "The telescope was invented by Hans Lippershey, in 1608; Galileo soon improved it and turned it to "
                 "the sky.",
    'bicycle': "The bicycle was invented by Karl Drais, whose running machine of 1817 came first; pedals came in the"
               " 1860s.",
    'dynamite': 'The dynamite was invented by Alfred Nobel, in 1867.',
    'zipper': "The zipper was invented by Whitcomb Judson in 1893; Gideon Sundback made the modern one in 1913.",
    'sandwich': "The sandwich is named after John Montagu, the 4th Earl of Sandwich, in the 1700s; people ate bread with "
                "fillings long before.",
    'pluto': "Pluto was discovered by Clyde Tombaugh in 1930.",
    'hot air balloon': "The hot air balloon was invented by the Montgolfier brothers, Joseph and Étienne, in 1783.",
    'microsoft': "Microsoft was founded by Bill Gates and Paul Allen in 1975.",
    'apple': "Apple was founded by Steve Jobs, Steve Wozniak and Ronald Wayne in 1976.",
    'google': "Google was founded by Larry Page and Sergey Brin in 1998.",
    'amazon': "Amazon was founded by Jeff Bezos in 1994.",
    'facebook': "Facebook was founded by Mark Zuckerberg and his college roommates in 2004.",
    'oxygen': 'Oxygen was discovered by Carl Wilhelm Scheele and Joseph Priestley, each on his own, in the 1770s.',
    # session 23 (the student: "John Cabana discovered America.")
    'america': "People first reached the Americas more than 15,000 years ago, from Asia. The Norse explorer Leif Erikson "
               "landed in North America around the year 1000, and Christopher Columbus's voyage of 1492 began lasting "
               "contact with Europe.",
}
# the first to do something ("Who was the first woman in space?": the student said "Valentina Scott")
_FIRSTS = {
    r"(?:person|man|human) in space|(?:person|man|human) to (?:go|travel|fly) (?:in)?to space|astronaut|cosmonaut":
        "Yuri Gagarin, of the Soviet Union, was the first person in space, on April 12, 1961.",
    r"woman in space|woman to (?:go|travel|fly) (?:in)?to space|female astronaut|female cosmonaut":
        "Valentina Tereshkova, of the Soviet Union, was the first woman in space, in June 1963.",
    r"american in space|american to (?:go|travel|fly) (?:in)?to space":
        "Alan Shepard was the first American in space, in May 1961; John Glenn was the first American to orbit the Earth, "
        "in 1962.",
    r"(?:person|man|human) (?:to walk |to step |to land )?on the moon|(?:person|man) to walk on the moon":
        "Neil Armstrong was the first person to walk on the Moon, on July 20, 1969, followed by Buzz Aldrin.",
    r"(?:person|people|man) to (?:climb|reach the top of|summit) (?:mount )?everest":
        "Edmund Hillary and Tenzing Norgay were the first to reach the top of Mount Everest, on May 29, 1953.",
    r"(?:person|man) to (?:reach|get to) the south pole":
        "Roald Amundsen's Norwegian team was first to reach the South Pole, on December 14, 1911.",
    r"(?:person|man|pilot) to fly (?:solo )?across the atlantic(?: alone| solo)?":
        "Charles Lindbergh made the first solo nonstop flight across the Atlantic, in 1927; Alcock and Brown had flown it "
        "nonstop with two aboard in 1919.",
    r"woman to fly (?:solo )?across the atlantic(?: alone| solo)?":
        "Amelia Earhart was the first woman to fly solo across the Atlantic, in 1932.",
    r"(?:person|man|people|ship) to (?:sail|go|travel|circumnavigate) (?:around|round) the (?:world|globe)|"
    r"(?:person|man) to circumnavigate the (?:world|globe)":
        "Ferdinand Magellan's expedition was the first to sail around the world, from 1519 to 1522; Magellan died on the "
        "way, and Juan Sebastián Elcano brought the last ship home.",
    r"computer programmer|programmer":
        "Ada Lovelace is called the first computer programmer: in 1843 she wrote an algorithm for Charles Babbage's "
        "Analytical Engine.",
}
_FIRST = [(re.compile(rf"who (?:was|were) the (?:very )?first (?:{pattern})(?: ever)?"), said) for pattern, said in _FIRSTS.items()]


def first_asked(text: str) -> dict | None:
    """first_to's arguments for "who was the first woman in space" (cleaned text), or None."""
    return next(({"who": k} for k, (pattern, _) in enumerate(_FIRST) if pattern.fullmatch(text)), None)


def first_to(who: int) -> SkillResult:
    if not 0 <= int(who) < len(_FIRST):
        raise SkillError("I don't know who was first at that.")
    return SkillResult(_FIRST[int(who)][1], {"who": int(who)})


FIRST_TO = Skill("first_to", "Who was the first to do something famous (in space, on the Moon, up Everest).",
                 {"who": Param(int)}, first_to, for_model=False)
_WHO = re.compile(r"who (?:first )?(?P<verb>invented|discovered|created|came up with|developed|made|found|thought of|explained|"
                  r"founded|started) "
                  r"(?:the )?(?P<what>.+)|(?:when|what year) (?:was|were) (?:the )?(?P<what2>.+?) (?:invented|discovered|created|"
                  r"developed|made)")


def _key(what: str) -> str:
    what = " ".join(re.sub(r"[^a-z' -]+", " ", what.lower()).split())
    return re.sub(r"^(?:the|a|an) |(?: first)$", "", what)


# what a person is known to have discovered or made ("What did Marie Curie discover?"; "What did she discover?" after
# "Who was Marie Curie?": the student said X-rays)
_BY_PERSON = {
    "marie curie": "Marie Curie discovered the elements polonium and radium, with Pierre Curie, in 1898, and pioneered the "
                   "study of radioactivity; she won Nobel Prizes in physics and chemistry.",
    "isaac newton": "Isaac Newton described the laws of motion and universal gravitation, in 1687, worked out calculus, and "
                    "showed that white light is made of colors.",
    "albert einstein": "Albert Einstein developed the theory of relativity, special in 1905 and general in 1915, with E "
                       "equals m c squared, and explained the photoelectric effect, for which he won the Nobel Prize.",
    "thomas edison": "Thomas Edison invented the phonograph, in 1877, a practical light bulb, in 1879, and an early movie "
                     "camera, among more than a thousand patents.",
    "alexander graham bell": "Alexander Graham Bell invented the telephone, patented in 1876.",
    "charles darwin": "Charles Darwin explained evolution by natural selection, in On the Origin of Species, in 1859.",
    "galileo": "Galileo Galilei improved the telescope and found Jupiter's four largest moons, the phases of Venus and "
               "sunspots, in the early 1600s, supporting the idea that the Earth goes around the Sun.",
    "nikola tesla": "Nikola Tesla invented the alternating-current induction motor and worked on the AC power system we use "
                    "today, and on radio and wireless power.",
    "alexander fleming": "Alexander Fleming discovered penicillin, the first antibiotic, in 1928.",
    "louis pasteur": "Louis Pasteur showed that germs cause disease, invented pasteurization, and made vaccines for rabies "
                     "and anthrax.",
    "benjamin franklin": "Benjamin Franklin showed that lightning is electricity, in 1752, and invented the lightning rod, "
                         "bifocal glasses and the Franklin stove.",
    "gregor mendel": "Gregor Mendel discovered the basic laws of heredity, by breeding pea plants, in the 1860s.",
    "nicolaus copernicus": "Nicolaus Copernicus showed that the Earth and the planets go around the Sun, in 1543.",
    "edward jenner": "Edward Jenner made the first vaccine, against smallpox, in 1796.",
    "tim berners-lee": "Tim Berners-Lee invented the World Wide Web, in 1989.",
    "johannes gutenberg": "Johannes Gutenberg invented the printing press with movable type, around 1440.",
    "dmitri mendeleev": "Dmitri Mendeleev created the periodic table of the elements, in 1869.",
    "michael faraday": "Michael Faraday discovered electromagnetic induction, in 1831, which led to the electric motor and "
                       "the generator.",
    "james watt": "James Watt greatly improved the steam engine, in the 1760s and 1770s.",
    "ada lovelace": "Ada Lovelace wrote what is seen as the first computer program, for Charles Babbage's Analytical "
                    "Engine, in 1843.",
    "alan turing": "Alan Turing described the modern idea of the computer, in 1936, and helped break the German Enigma "
                   "code in World War II.",
    "archimedes": "Archimedes discovered the principle of buoyancy, worked out the area of a circle and the value of pi "
                  "closely, and explained the lever.",
    "stephen hawking": "Stephen Hawking showed that black holes give off radiation, now called Hawking radiation, and wrote "
                       "A Brief History of Time.",
    "henry ford": "Henry Ford made the car affordable with the Model T and the moving assembly line, in 1913.",
    "wright brothers": "The Wright brothers, Orville and Wilbur, built and flew the first successful airplane, in 1903.",
    "rosalind franklin": "Rosalind Franklin took the X-ray images, notably Photo 51, that showed DNA's double helix.",
    "edwin hubble": "Edwin Hubble showed that there are galaxies beyond our own, and that the universe is expanding.",
    "jonas salk": "Jonas Salk developed the first polio vaccine, in 1955.",
    "guglielmo marconi": "Guglielmo Marconi built the first long-distance radio, and sent a signal across the Atlantic in 1901.",
    "pierre curie": "Pierre Curie discovered polonium and radium with Marie Curie, in 1898, and studied magnetism and "
                    "piezoelectricity.",
}
_SHORT = {"curie": "marie curie", "madame curie": "marie curie", "newton": "isaac newton", "sir isaac newton": "isaac newton",
          "einstein": "albert einstein", "edison": "thomas edison", "graham bell": "alexander graham bell",
          "darwin": "charles darwin", "galileo galilei": "galileo", "tesla": "nikola tesla", "fleming": "alexander fleming",
          "pasteur": "louis pasteur", "franklin": "benjamin franklin", "ben franklin": "benjamin franklin",
          "mendel": "gregor mendel", "copernicus": "nicolaus copernicus", "jenner": "edward jenner",
          "berners-lee": "tim berners-lee", "tim berners lee": "tim berners-lee", "gutenberg": "johannes gutenberg",
          "mendeleev": "dmitri mendeleev", "faraday": "michael faraday", "lovelace": "ada lovelace", "turing": "alan turing",
          "hawking": "stephen hawking", "the wright brothers": "wright brothers", "hubble": "edwin hubble", "salk": "jonas salk",
          "marconi": "guglielmo marconi"}
_DID = r"(?:discover|invent|find|create|develop|come up with|do|build|make|figure out)"
_KNOWN = re.compile(rf"what did (?P<a>[a-z' .-]+?) {_DID}|what (?:is|was|were) (?P<b>[a-z' .-]+?) (?:famous|known|best known) for|"
                    rf"what (?:is|was|were) (?P<c>[a-z' .-]+?)'s? (?:greatest |most famous |biggest )?(?:discovery|invention|"
                    rf"discoveries|inventions|achievement|achievements)")
_THEY = re.compile(rf"what did (?:he|she|they) {_DID}|what (?:is|was|were) (?:he|she|they) (?:famous|known|best known) for|"
                   rf"what (?:was|were) (?:his|her|their) (?:greatest |most famous |biggest )?(?:discovery|invention|"
                   rf"discoveries|inventions|achievement|achievements)")


def person_key(name: str) -> str | None:
    key = " ".join(name.lower().replace("sir ", "").split())
    key = _SHORT.get(key, key)
    return key if key in _BY_PERSON else None


def known_for_asked(text: str) -> dict | None:
    """known_for's arguments for "what did marie curie discover" (cleaned text), or None."""
    m = _KNOWN.fullmatch(text)
    key = person_key(m["a"] or m["b"] or m["c"]) if m else None
    return {"name": key} if key else None


def they_asked(text: str) -> bool:
    """"what did she discover": a follow-up about the person just talked about."""
    return bool(_THEY.fullmatch(text))


def known_for(name: str) -> SkillResult:
    key = person_key(name)
    if key is None:
        raise SkillError(f"I don't know what {name} is known for.")
    return SkillResult(_BY_PERSON[key], {"name": key})


KNOWN_FOR = Skill("known_for", "What a famous scientist or inventor discovered or made.", {"name": Param(str)}, known_for,
                  for_model=False)


def asked(text: str) -> dict | None:
    """discovery's arguments for "who invented the telephone" / "when was penicillin discovered" (cleaned text)."""
    m = _WHO.fullmatch(text)
    if not m:
        return None
    key = _key(m["what"] or m["what2"])
    return {"what": key} if key in _FOUND else None


def discovery(what: str) -> SkillResult:
    said = _FOUND.get(_key(what))
    if said is None:
        raise SkillError(f"I don't know who first made {what}.")
    return SkillResult(said, {"what": _key(what)})


SKILL = Skill("discovery", "Who invented or discovered something well known, and when.", {"what": Param(str)}, discovery,
              for_model=False)
