"""Written how-to, looking after yourself: first aid, small health complaints and habits (skills/howto.py matches
and says them). The usual advice of first-aid and health guides (Red Cross, NHS, CDC), short, with when to get help.
The student's own answers, asked alone: "How do I remove a tick?" -> a refusal, "How do I do CPR?" -> "Check the
person's airway ... Check the person's breathing and pulse." (no compressions), "How do I treat a sunburn?" -> "Use a
sunscreen", "How do I soothe a sore throat?" -> "Use a throat pillow"."""

from __future__ import annotations

_MY = r"(?:a |an |the |my |your |some )?"

TASKS = {
    "ask out": (r"ask (?:someone|somebody|a girl|a guy|her|him|my crush|a woman|a man) out(?: on a date)?",
                "Pick a relaxed moment when it's just the two of you, and be simple and specific: \"I really enjoy talking "
                "with you. Would you like to get coffee on Saturday?\" Keep it light, and if they say no, thank them and "
                "let it go kindly."),
    "overthinking": (r"stop overthinking(?: everything)?|stop (?:worrying|ruminating)(?: so much| all the time)?",
                     "Notice when your thoughts go round in circles, and name it. Write the worry down with one small next "
                     "step you can take. Give yourself 15 minutes of worry time a day and put thoughts off until then. A "
                     "walk breaks the loop; if it never lets up, a counselor can help."),
    # session 25, round 16 (the student: refusals for smoking and nail biting; dandruff "use a scalpel"; a push-up "start
    # by standing")
    "quit smoking": (r"(?:quit|stop|give up) (?:smoking|cigarettes|vaping)",
                     "Pick a quit date and tell people. Nicotine replacement, patches with gum or lozenges, or medicines "
                     "from a doctor double your chances, and free quit lines and apps help more. Avoid triggers like "
                     "alcohol at first, and if you slip, just start again: most people take a few tries."),
    "nail biting": (r"stop (?:biting|chewing) (?:my |your )?(?:nails|fingernails)|stop (?:my )?nail[- ]biting",
                    "Keep your nails short and filed, paint on a bitter-tasting nail polish, and notice when you do it, "
                    "such as when bored or stressed: keep your hands busy then with a stress ball or fidget toy."),
    "cold sore": (rf"(?:treat|get rid of|heal|cure) {_MY}cold sores?",
                  "Start an antiviral cream such as aciclovir at the first tingle, and it heals in about 7 to 10 days. "
                  "Don't touch or pick it, wash your hands, and don't share cups or kiss while it's there. See a doctor if "
                  "it spreads or lasts more than 10 days."),
    "dandruff": (rf"(?:get rid of|treat|stop|cure) {_MY}dandruff",
                 "Use an anti-dandruff shampoo with zinc pyrithione, salicylic acid, selenium sulfide or ketoconazole "
                 "twice a week, leaving it on for 5 minutes before rinsing. If one doesn't help in a month, try another "
                 "kind; see a doctor if it's red or itchy."),
    "push up": (r"do (?:a |proper )?push[- ]?ups?|do (?:a |proper )?press[- ]?ups?",
                "Start in a plank: hands a little wider than your shoulders, body straight from head to heels. Lower "
                "your chest to just above the floor, elbows at about 45 degrees, then push back up. Too hard? Do them "
                "with your knees on the floor, or against a wall."),
    "hamstrings": (rf"stretch {_MY}hamstrings?",
                   "Sit with one leg straight and the other foot against its inner thigh, and lean forward from the hips "
                   "with a straight back until you feel the stretch behind your knee. Hold 30 seconds, then switch. Don't "
                   "bounce."),
    "posture": (rf"(?:improve|fix|correct) {_MY}posture|(?:have|get) (?:better|good) posture|(?:stand|sit) up straight",
                "Sit with your back against the chair, feet flat, and your screen at eye level, so you're not craning "
                "forward. Stand tall with your shoulders back and relaxed. Get up every 30 minutes, and strengthen your "
                "back and core with exercises like planks and rows."),
    # session 25, round 5 (the student: a cough "a cool compress on the chest")
    "cough night": (r"(?:stop|ease|calm|soothe) (?:a |my )?(?:dry )?cough(?:ing)? (?:at night|when (?:i )?(?:sleep|lying down))|stop "
                    r"coughing at night",
                    "Sleep with your head raised on an extra pillow. A spoon of honey before bed, or honey in warm water, "
                    "eases a cough (not for babies under one). Keep the room from getting too dry, and drink plenty. See a "
                    "doctor if it lasts over 3 weeks, or with a high fever, chest pain or trouble breathing."),
    "immune system": (r"(?:boost|strengthen|improve|support) (?:my |your |the )?immune system|(?:boost|strengthen) (?:my )?immunity",
                      "No pill or food boosts it quickly. What helps: sleep of 7 to 9 hours, a varied diet with plenty of "
                      "fruit and vegetables, regular exercise, not smoking, less alcohol, and keeping up with your "
                      "vaccinations."),
    "cpr": (r"do cpr|give (?:someone )?cpr|perform cpr|do chest compressions",
            "Call emergency services first, 911 in the US, 112 in Europe, or have someone call. Kneel beside the "
            "person, put the heel of one hand in the middle of the chest, the other hand on top, and push hard and "
            "fast: about 5 centimeters, 2 inches, deep, 100 to 120 times a minute. Keep going until help arrives; use "
            "a defibrillator if one is there."),
    "sprained ankle": (rf"treat {_MY}(?:sprained|twisted) ankle|treat {_MY}ankle sprain|(?:help|heal) {_MY}(?:sprained|twisted) ankle",
                       "Rest it, ice it for 15 to 20 minutes every few hours wrapped in a cloth, wrap it with a "
                       "compression bandage, and keep it raised above your heart. Ibuprofen can ease pain and "
                       "swelling. See a doctor if you can't put weight on it or it doesn't improve in a few days."),
    "sunburn": (rf"treat {_MY}sunburn|soothe {_MY}sunburn|(?:get rid of|heal) {_MY}sunburn",
                "Get out of the sun, cool the skin with a cool shower or damp cloth, and put on aloe vera or a "
                "moisturizer. Drink extra water. Ibuprofen helps the pain; don't pop blisters. See a doctor for "
                "severe blistering, fever or chills."),
    "sore throat": (rf"(?:soothe|treat|get rid of|help|ease|relieve|cure|stop) {_MY}sore throat",
                    "Gargle with warm salt water, drink plenty of warm fluids like tea with honey, suck on lozenges or "
                    "ice, and rest your voice. Paracetamol or ibuprofen eases the pain. See a doctor if it lasts more "
                    "than a week or you have trouble swallowing or breathing."),
    "tick": (rf"(?:remove|get rid of|take out|get out) {_MY}tick(?: from (?:my |your )?skin)?|get {_MY}tick out",
             "Use fine-tipped tweezers: grip the tick as close to the skin as you can and pull upward with steady, "
             "even pressure, without twisting. Clean the bite and your hands with soap and water or alcohol. See a "
             "doctor if a rash or fever appears in the weeks after."),
    "clean cut": (rf"(?:clean|treat|take care of) {_MY}(?:small |minor )?(?:cut|scrape|wound|graze)",
                  "Wash your hands, then rinse the cut under clean running water and wash around it with soap. Press "
                  "with a clean cloth to stop any bleeding, put on a thin layer of antibiotic ointment or petroleum "
                  "jelly, and cover it with a bandage. See a doctor if it's deep or shows signs of infection."),
    "panic attack": (r"(?:calm down|cope|deal) (?:during|with) (?:a )?panic attacks?|stop (?:a )?panic attacks?|"
                     r"handle (?:a )?panic attacks?",
                     "Breathe slowly: in through your nose for 4 counts, out through your mouth for 6. Remind yourself "
                     "it will pass, usually within minutes. Name 5 things you can see and 4 you can hear to ground "
                     "yourself. If attacks keep coming back, talk to a doctor."),
    "snoring": (r"stop snoring|snore less",
                "Sleep on your side, not your back; raise the head of the bed a little; avoid alcohol before bed; and "
                "keep a healthy weight. Nasal strips can help a blocked nose. Loud snoring with gasping or daytime "
                "sleepiness can be sleep apnea: see a doctor."),
    "bad breath": (r"(?:get rid of|stop|cure|fix) (?:my )?bad breath",
                   "Brush twice a day, and brush your tongue too; floss daily; drink plenty of water; and chew sugar-"
                   "free gum after meals. Cut down on coffee, garlic and smoking. If it doesn't go away, see a dentist."),
    "razor burn": (r"shave without (?:getting )?razor burn|(?:avoid|prevent|stop) razor burn",
                   "Shave after a warm shower, use shaving cream or gel, and a sharp, clean blade. Shave in the "
                   "direction the hair grows, with light strokes, and rinse the blade often. Rinse with cool water and "
                   "use an unscented moisturizer after."),
    "stye": (rf"(?:get rid of|treat) {_MY}stye",
             "Hold a clean, warm, damp cloth on the closed eye for 10 to 15 minutes, 3 or 4 times a day. Don't squeeze "
             "it, and skip eye makeup and contact lenses until it heals, usually within a week or two. See a doctor "
             "if it gets worse or your vision changes."),
    "running": (r"start running|get into running|become a runner|start jogging",
                "Start with walk-run intervals: for example 1 minute of easy running, 2 minutes of walking, for 20 to "
                "30 minutes, three times a week. Run slowly enough to talk. Add a little running each week, and wear "
                "comfortable running shoes."),
    "meditate": (r"meditate|start meditating|do meditation",
                 "Sit comfortably, set a timer for 5 minutes, and close your eyes. Breathe normally and pay attention "
                 "to each breath. When your mind wanders, notice it and gently come back to your breathing. Add a few "
                 "minutes as it gets easier."),
    "drink water": (r"drink more water|stay hydrated",
                    "Keep a water bottle with you and refill it through the day, have a glass with every meal, and set "
                    "reminders if you forget. Add lemon or fruit for taste, and eat water-rich foods like cucumber and "
                    "watermelon."),
    "wake up early": (r"wake up (?:earlier|early)|get up (?:earlier|early)|become a morning person",
                      "Move your bedtime and alarm 15 minutes earlier every few days, and keep the same times at the "
                      "weekend. Put the alarm across the room, open the curtains or get bright light as soon as you're "
                      "up, and avoid screens late at night."),
    "jet lag": (r"(?:deal with|beat|avoid|get over|cope with|prevent) jet ?lag",
                "Start shifting your sleep by an hour a day before you travel. On arrival, get outside in daylight and "
                "go to bed at the local time; a short nap of under 30 minutes is fine. Drink water, and go easy on "
                "caffeine and alcohol."),
    "memory": (r"improve (?:my )?memory|remember things better|have a better memory",
               "Sleep well, exercise regularly, and stay social. When you learn something, say it out loud, write it "
               "down, and go back over it a day later and a week later. Link new facts to things you already know, "
               "and focus on one thing at a time."),
    "procrastinating": (r"stop procrastinating|(?:beat|overcome|stop) procrastination|stop putting things off",
                        "Break the task into small steps and start with one that takes 5 minutes. Work in short blocks, "
                        "25 minutes then a break, put your phone in another room, and give yourself a deadline and a "
                        "small reward."),
    # session 24 (the student: "Join a club ... Ask for advice and support. Celebrate your achievements and milestones.")
    "make friends": (r"make (?:new )?friends(?: as an adult| in a new (?:city|town|place)| at work| after (?:college|school|"
                     r"university)| when you(?:'re| are) (?:older|shy|an adult))?|meet new people",
                     "Go where the same people come back every week: a class, a club, a sports team or volunteering, so "
                     "faces become familiar. Ask people about themselves and follow up: suggest a coffee or a walk, and be "
                     "the one who invites again. Friendship takes time together, so keep showing up."),
    # (the student: 'Say "no" to something you don't want to do.', "If you're sorry, offer a simple apology.")
    "say no": (r"say no (?:politely|nicely|kindly|without feeling guilty|to people|to someone|at work)|(?:politely )?(?:decline|turn "
               r"down) (?:an? )?(?:invitation|request|offer|favor|favour)(?: politely)?",
               "Be brief, kind and clear: thank them, say no, and don't over-explain. For example: \"Thanks for thinking of "
               "me, but I can't take that on right now.\" Offer another time or someone else who could help if you want "
               "to, and apologize once at most."),
    "apologize": (r"apologi[sz]e to (?:a |my )?(?:friend|best friend|partner|girlfriend|boyfriend|wife|husband|mom|dad|sister|"
                  r"brother|someone|coworker|colleague)|say sorry to (?:a |my )?(?:friend|partner|someone)|make up with (?:a |my )?"
                  r"(?:friend|best friend|partner)",
                  "Do it soon, in person or on a call if you can. Say what you did and that you're sorry, without \"but\" or "
                  "excuses: \"I'm sorry I missed your party; I know it mattered to you.\" Then say what you'll do "
                  "differently, and give them time."),
    "breathing": (r"do (?:a )?breathing exercises?|do box breathing|breathe to (?:relax|calm down)",
                  "Try box breathing: breathe in through your nose for 4 counts, hold for 4, breathe out slowly for 4, hold "
                  "for 4, and repeat for a couple of minutes. Or breathe in for 4 and out for 6: a longer out-breath calms "
                  "you down."),
    "swollen ring": (r"get (?:a |my )?ring off(?: (?:a |my )?swollen finger)?|remove (?:a |my )?(?:stuck )?ring(?: from "
                     r"(?:a |my )?swollen finger)?",
                     "Raise your hand above your heart for a few minutes and cool the finger with cold water. Put soap, "
                     "lotion or oil on the finger and twist the ring off slowly. If the finger is very swollen, "
                     "discolored or painful, go to a doctor or urgent care: they can cut the ring off safely."),
}
