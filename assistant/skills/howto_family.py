"""Written how-to, babies, children and pets (skills/howto.py matches and says them). The usual advice of parenting
and vets' guides (the NHS, the AAP, the RSPCA, the ASPCA), short. The student's own answers, asked alone (session 25):
a refusal for a diaper, a baby's sleep and a cat's scratching; potty training "in a safe place, like a sink"; a dog's
bath "let it dry for a few minutes. Then, use a soft brush to clean the dog's paws"."""

from __future__ import annotations

_MY = r"(?:a |an |the |my |your |our |some )?"

TASKS = {
    "diaper": (rf"change {_MY}(?:baby'?s? )?(?:diaper|nappy)",
               "Lay the baby on a safe, flat surface and keep a hand on them. Undo the dirty diaper, wipe front to back with "
               "a wipe or damp cloth, and let the skin dry; a little barrier cream helps against rash. Slide the clean "
               "diaper under, the tabs at the back, bring the front up and fasten it snugly, two fingers loose at the "
               "waist. Wash your hands."),
    "baby sleep": (rf"(?:get|help|make) {_MY}(?:baby|newborn|infant) (?:to )?(?:sleep|go to sleep|fall asleep|sleep through the night)|"
                   rf"put {_MY}(?:baby|newborn) to sleep",
                   "Keep a calm routine: a bath, a feed, a song, then bed, at the same time each night. Put them down "
                   "drowsy but awake, always on their back, in a cot with a firm flat mattress and nothing else in it. "
                   "Keep the room dark, quiet and cool, about 16 to 20 Celsius. Newborns wake to feed; most sleep longer "
                   "stretches from 3 to 6 months."),
    "potty training": (rf"potty[- ]train {_MY}(?:toddler|child|kid|son|daughter|baby|boy|girl)?|toilet[- ]train {_MY}(?:toddler|child|kid)?",
                       "Start when they show they're ready, usually between 18 months and 3 years: staying dry for two "
                       "hours, telling you when they go. Put the potty in the bathroom, sit them on it after meals and "
                       "naps, and praise every try. Dress them in easy clothes, expect accidents, and never scold."),
    "dog sit": (r"(?:train|teach) (?:a |my |the |your )?(?:dog|puppy) to sit",
                "Hold a treat near your dog's nose, then move it slowly up and back over its head: its bottom goes down "
                "as its head follows. The moment it sits, say \"sit\" and give the treat. Repeat a few short times a day, "
                "then say the word before you move your hand."),
    "cat scratching": (r"stop (?:a |my |the |your )?cats? (?:from )?scratching(?: the| my)?(?: furniture| the sofa| the couch| the "
                       r"carpet)?|keep (?:a |my )?cats? from scratching (?:the |my )?(?:furniture|sofa|couch)",
                       "Scratching is natural, so give it a better place: a tall, sturdy scratching post beside the "
                       "furniture it likes, rubbed with catnip, and praise or a treat when it's used. Cover the favorite "
                       "spots with double-sided tape or a throw for a few weeks, and keep its claws trimmed."),
    "dog bath": (r"(?:give|bathe|wash) (?:a |my |the |your )?(?:dog|puppy)(?: a bath)?",
                 "Brush out loose hair first. Use lukewarm water and a dog shampoo, never a human one; wet the coat from "
                 "the neck down, lather, keeping it out of the eyes and ears, then rinse very well. Wipe the face with a "
                 "damp cloth, and towel it dry. Most dogs need a bath only every month or two."),
}
