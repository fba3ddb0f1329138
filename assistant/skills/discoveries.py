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
}
_WHO = re.compile(r"who (?:first )?(?P<verb>invented|discovered|created|came up with|developed|made|found|thought of|explained|"
                  r"founded|started) "
                  r"(?:the )?(?P<what>.+)|(?:when|what year) (?:was|were) (?:the )?(?P<what2>.+?) (?:invented|discovered|created|"
                  r"developed|made)")


def _key(what: str) -> str:
    what = " ".join(re.sub(r"[^a-z' -]+", " ", what.lower()).split())
    return re.sub(r"^(?:the|a|an) |(?: first)$", "", what)


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
