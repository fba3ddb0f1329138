"""Who wrote the books everyone has heard of, and when: "Who wrote Pride and Prejudice?" (the student: "The
novel by Jane Austen is attributed to the author."), "When was 1984 published?". The year is the first publication.
Shakespeare's plays are left to the model, which names him right (and the tests and the benchmark ask "Who wrote
Romeo and Juliet?" as the model's question). Anything else is the model's."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult
from assistant.skills.text import folded

# title as said (its key: lower case, no "the"): (the title as written, who, the year said, how it is dated)
_BOOKS = {
    "pride and prejudice": ("Pride and Prejudice", "Jane Austen", "1813", "published"),
    "nineteen eighty-four": ("Nineteen Eighty-Four", "George Orwell", "1949", "published"),
    "animal farm": ("Animal Farm", "George Orwell", "1945", "published"),
    "to kill a mockingbird": ("To Kill a Mockingbird", "Harper Lee", "1960", "published"),
    "great gatsby": ("The Great Gatsby", "F. Scott Fitzgerald", "1925", "published"),
    "moby dick": ("Moby-Dick", "Herman Melville", "1851", "published"),
    "war and peace": ("War and Peace", "Leo Tolstoy", "1869", "published"),
    "anna karenina": ("Anna Karenina", "Leo Tolstoy", "1878", "published"),
    "crime and punishment": ("Crime and Punishment", "Fyodor Dostoevsky", "1866", "published"),
    "don quixote": ("Don Quixote", "Miguel de Cervantes", "1605", "published"),
    "catcher in the rye": ("The Catcher in the Rye", "J. D. Salinger", "1951", "published"),
    "harry potter": ("Harry Potter", "J. K. Rowling", "1997, with the Philosopher's Stone", "first published"),
    "hobbit": ("The Hobbit", "J. R. R. Tolkien", "1937", "published"),
    "lord of the rings": ("The Lord of the Rings", "J. R. R. Tolkien", "1954 and 1955", "published"),
    "frankenstein": ("Frankenstein", "Mary Shelley", "1818", "published"),
    "dracula": ("Dracula", "Bram Stoker", "1897", "published"),
    "jane eyre": ("Jane Eyre", "Charlotte Brontë", "1847", "published"),
    "wuthering heights": ("Wuthering Heights", "Emily Brontë", "1847", "published"),
    "great expectations": ("Great Expectations", "Charles Dickens", "1861", "published"),
    "a christmas carol": ("A Christmas Carol", "Charles Dickens", "1843", "published"),
    "oliver twist": ("Oliver Twist", "Charles Dickens", "1838", "published"),
    "a tale of two cities": ("A Tale of Two Cities", "Charles Dickens", "1859", "published"),
    "odyssey": ("The Odyssey", "Homer", "the 8th century BC, by tradition", "composed"),
    "iliad": ("The Iliad", "Homer", "the 8th century BC, by tradition", "composed"),
    "les miserables": ("Les Misérables", "Victor Hugo", "1862", "published"),
    "old man and the sea": ("The Old Man and the Sea", "Ernest Hemingway", "1952", "published"),
    "of mice and men": ("Of Mice and Men", "John Steinbeck", "1937", "published"),
    "grapes of wrath": ("The Grapes of Wrath", "John Steinbeck", "1939", "published"),
    "brave new world": ("Brave New World", "Aldous Huxley", "1932", "published"),
    "lord of the flies": ("Lord of the Flies", "William Golding", "1954", "published"),
    "little prince": ("The Little Prince", "Antoine de Saint-Exupéry", "1943", "published"),
    "alice in wonderland": ("Alice's Adventures in Wonderland", "Lewis Carroll", "1865", "published"),
    "alice's adventures in wonderland": ("Alice's Adventures in Wonderland", "Lewis Carroll", "1865", "published"),
    "tom sawyer": ("The Adventures of Tom Sawyer", "Mark Twain", "1876", "published"),
    "huckleberry finn": ("Adventures of Huckleberry Finn", "Mark Twain", "1884", "published"),
    "one hundred years of solitude": ("One Hundred Years of Solitude", "Gabriel García Márquez", "1967", "published"),
    "divine comedy": ("The Divine Comedy", "Dante Alighieri", "1320", "completed"),
    "origin of species": ("On the Origin of Species", "Charles Darwin", "1859", "published"),
    "communist manifesto": ("The Communist Manifesto", "Karl Marx and Friedrich Engels", "1848", "published"),
    "da vinci code": ("The Da Vinci Code", "Dan Brown", "2003", "published"),
    "hunger games": ("The Hunger Games", "Suzanne Collins", "2008", "published"),
    "charlotte's web": ("Charlotte's Web", "E. B. White", "1952", "published"),
    "cat in the hat": ("The Cat in the Hat", "Dr. Seuss", "1957", "published"),
    "fahrenheit": ("Fahrenheit 451", "Ray Bradbury", "1953", "published"),
    "little women": ("Little Women", "Louisa May Alcott", "1868", "published"),
    "sherlock holmes": ("Sherlock Holmes", "Arthur Conan Doyle", "1887, in A Study in Scarlet", "first published"),
    "raven": ("The Raven", "Edgar Allan Poe", "1845", "published"),
}
_ALIASES = {"1984": "nineteen eighty-four", "nineteen eighty four": "nineteen eighty-four", "moby-dick": "moby dick",
            "fahrenheit 451": "fahrenheit", "les misérables": "les miserables", "the harry potter books": "harry potter",
            "harry potter books": "harry potter", "the lord of the rings books": "lord of the rings"}
_ASKED = re.compile(r"who (?:wrote|is the author of|was the author of|'s the author of) (?:the (?:book|novel|play|poem) )?(?P<a>.+)|"
                    r"who (?:was|is) (?P<d>.+?) (?:written by|by)|(?:when|what year) (?:was|were) (?:the (?:book|novel|play) )?"
                    r"(?P<b>.+?) (?:written|published|first published|released|come out)|(?:when|what year) did (?P<c>.+?) come out")


def _key(title: str) -> str:
    title = " ".join(re.sub(r"[^a-z0-9' -]+", " ", folded(title).lower()).split())
    title = _ALIASES.get(title, title)
    title = re.sub(r"^(?:the )|(?: (?:book|novel|play|poem|books|series))$", "", title).strip()
    return _ALIASES.get(title, title)


def asked(text: str) -> dict | None:
    """book_author's arguments for "who wrote pride and prejudice" / "when was 1984 published" (cleaned text)."""
    m = _ASKED.fullmatch(text)
    if not m:
        return None
    key = _key(m["a"] or m["b"] or m["c"] or m["d"])
    return {"title": key, "when": bool(m["b"] or m["c"])} if key in _BOOKS else None


def book_author(title: str, when: bool = False) -> SkillResult:
    found = _BOOKS.get(_key(title))
    if found is None:
        raise SkillError(f"I don't know who wrote {title}.")
    name, who, year, how = found
    if when:
        said = f"{name} was {how} in {year}, by {who}."
    elif how == "composed":
        said = f"{name} is credited to {who}, and was composed in {year}."
    else:
        said = f"{name} was written by {who}, and {how} in {year}."
    return SkillResult(said, {"title": name, "author": who, "year": year})


def author_of(title: str) -> str | None:
    found = _BOOKS.get(_key(title))
    return found[1] if found else None


def books_by(title: str) -> SkillResult:
    """"What else did he write?" after a book: the author's other books this table knows."""
    found = _BOOKS.get(_key(title))
    if found is None:
        raise SkillError(f"I don't know who wrote {title}.")
    others = [f"{name} ({year.split(',')[0]})" for name, who, year, _how in dict.fromkeys(_BOOKS.values())
              if who == found[1] and name != found[0]]
    if not others:
        return SkillResult(f"{found[0]} is the only book by {found[1]} I know about offline.", {"author": found[1], "books": []})
    listed = others[0] if len(others) == 1 else ", ".join(others[:-1]) + f" and {others[-1]}"
    return SkillResult(f"{found[1]} also wrote {listed}.", {"author": found[1], "books": others})


BOOKS_BY = Skill("books_by", "The other books of the author of a well-known book.", {"title": Param(str)}, books_by,
                 for_model=False)
SKILL = Skill("book_author", "Who wrote a well-known book or play, and when.",
              {"title": Param(str), "when": Param(bool, required=False)}, book_author, for_model=False)
