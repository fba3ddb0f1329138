"""Everyday requests with the skill and arguments expected, several phrasings each. Shared by the
tests and by `python -m bench.skills` (which reports the accuracy)."""

T, D, W = "clock", "calculator", "convert_units"

CASES = [
    # clock
    ("What time is it?", T, {"what": "time"}), ("what's the time", T, {"what": "time"}),
    ("Tell me the time please", T, {"what": "time"}), ("hey what time is it now", T, {"what": "time"}),
    ("Do you know what time it is?", T, {"what": "time"}), ("current time", T, {"what": "time"}),
    ("What day is it today?", T, {"what": "weekday"}), ("which day is it", T, {"what": "weekday"}),
    ("what day of the week is it", T, {"what": "weekday"}),
    ("What's the date?", T, {"what": "date"}), ("what is today's date", T, {"what": "date"}),
    ("what date is it", T, {"what": "date"}), ("Tell me today's date", T, {"what": "date"}),
    # timers
    ("Set a timer for ten minutes", "timer_start", {"seconds": 600.0}),
    ("set a timer for 10 minutes", "timer_start", {"seconds": 600.0}),
    ("start a timer for five minutes", "timer_start", {"seconds": 300.0}),
    ("timer for 30 seconds", "timer_start", {"seconds": 30.0}),
    ("set a 5 minute timer", "timer_start", {"seconds": 300.0}),
    ("Set a timer for an hour and a half", "timer_start", {"seconds": 5400.0}),
    ("set a timer for 1 hour 30 minutes", "timer_start", {"seconds": 5400.0}),
    ("set a timer for half an hour", "timer_start", {"seconds": 1800.0}),
    ("set a timer for two minutes called tea", "timer_start", {"seconds": 120.0, "name": "tea"}),
    ("set a pasta timer for twelve minutes", "timer_start", {"seconds": 720.0, "name": "pasta"}),
    ("please set a timer for twenty five minutes", "timer_start", {"seconds": 1500.0}),
    ("start a 3 minute egg timer", "timer_start", {"seconds": 180.0, "name": "egg"}),
    ("set a timer for 90 seconds", "timer_start", {"seconds": 90.0}),
    ("What timers are running?", "timer_list", {}), ("list my timers", "timer_list", {}),
    ("how much time is left", "timer_list", {}), ("how long is left on my timers", "timer_list", {}),
    ("Add five minutes to the timer.", "timer_add", {"seconds": 300.0, "name": ""}),
    ("Pause the timer.", "timer_pause", {"name": ""}), ("Resume the pasta timer", "timer_resume", {"name": "pasta"}),
    ("Set a pasta timer for 9 minutes and an egg timer for 6 minutes.", "timers_start",
     {"names": "pasta,egg", "lengths": "540,360"}),
    ("cancel the timer", "timer_cancel", {"name": ""}), ("stop the timer", "timer_cancel", {"name": ""}),
    ("cancel all timers", "timer_cancel", {"name": "all"}), ("cancel the pasta timer", "timer_cancel", {"name": "pasta"}),
    ("delete my timer", "timer_cancel", {"name": ""}),
    # calculator
    ("What's seventeen times twenty-three?", D, {"expression": "17*23"}),
    ("what is 17 times 23", D, {"expression": "17*23"}), ("17 x 23", D, {"expression": "17*23"}),
    ("what is 17 * 23", D, {"expression": "17*23"}), ("multiply: 17 multiplied by 23", D, {"expression": "17*23"}),
    ("what is one hundred divided by four", D, {"expression": "100/4"}), ("100 / 4", D, {"expression": "100/4"}),
    ("what's two plus two", D, {"expression": "2+2"}), ("2 + 2", D, {"expression": "2+2"}),
    ("what is fifty minus eight", D, {"expression": "50-8"}), ("calculate 1000 - 1", D, {"expression": "1000-1"}),
    ("what is 2 to the power of 10", D, {"expression": "2**10"}), ("two to the power of eight", D, {"expression": "2**8"}),
    ("what is nine squared", D, {"expression": "9**2"}), ("what's 3 cubed", D, {"expression": "3**3"}),
    ("what is the square root of 144", D, {"expression": "sqrt(144)"}),
    ("square root of eighty one", D, {"expression": "sqrt(81)"}),
    ("what is 15 percent of 80", D, {"expression": "15/100*80"}), ("what's 15% of 80", D, {"expression": "15/100*80"}),
    ("twenty percent of two hundred", D, {"expression": "20/100*200"}),
    ("what is ten divided by zero", D, {"expression": "10/0"}),
    ("what is three point five times two", D, {"expression": "3.5*2"}),
    ("what's one thousand two hundred plus three hundred and forty five", D, {"expression": "1200+345"}),
    ("how much is 7 times 8", D, {"expression": "7*8"}), ("what is 144 divided by 12", D, {"expression": "144/12"}),
    # units
    ("How many centimeters in five inches?", W, {"value": 5.0, "from_unit": "inches", "to_unit": "centimeters"}),
    ("how many centimeters are in 5 inches", W, {"value": 5.0, "from_unit": "inches", "to_unit": "centimeters"}),
    ("convert 5 inches to centimeters", W, {"value": 5.0, "from_unit": "inches", "to_unit": "centimeters"}),
    ("what is 5 inches in centimeters", W, {"value": 5.0, "from_unit": "inches", "to_unit": "centimeters"}),
    ("convert 5 km to miles", W, {"value": 5.0, "from_unit": "km", "to_unit": "miles"}),
    # the quantity first, the question after
    ("If I have 3 years, how many months is that?", W, {"value": 3.0, "from_unit": "years", "to_unit": "months"}),
    ("I walked five miles, how many kilometers is that?", W, {"value": 5.0, "from_unit": "miles", "to_unit": "kilometers"}),
    ("how many miles is ten kilometers", W, {"value": 10.0, "from_unit": "kilometers", "to_unit": "miles"}),
    ("what is 100 degrees fahrenheit in celsius", W, {"value": 100.0, "from_unit": "degrees fahrenheit", "to_unit": "celsius"}),
    ("convert 20 celsius to fahrenheit", W, {"value": 20.0, "from_unit": "celsius", "to_unit": "fahrenheit"}),
    ("how many ounces in a pound", W, {"value": 1.0, "from_unit": "pound", "to_unit": "ounces"}),
    ("how many grams in 2 pounds", W, {"value": 2.0, "from_unit": "pounds", "to_unit": "grams"}),
    ("convert 3 kilograms to pounds", W, {"value": 3.0, "from_unit": "kilograms", "to_unit": "pounds"}),
    ("how many liters in a gallon", W, {"value": 1.0, "from_unit": "gallon", "to_unit": "liters"}),
    ("convert two cups to milliliters", W, {"value": 2.0, "from_unit": "cups", "to_unit": "milliliters"}),
    ("what is 60 mph in km/h", W, {"value": 60.0, "from_unit": "mph", "to_unit": "km/h"}),
    ("How many days are there in a week?", W, {"value": 1.0, "from_unit": "week", "to_unit": "days"}),
    ("how many ounces are there in 3 pounds", W, {"value": 3.0, "from_unit": "pounds", "to_unit": "ounces"}),
    ("how many seconds in an hour", W, {"value": 1.0, "from_unit": "hour", "to_unit": "seconds"}),
    ("how many minutes in 3 hours", W, {"value": 3.0, "from_unit": "hours", "to_unit": "minutes"}),
    ("how many megabytes in 2 gigabytes", W, {"value": 2.0, "from_unit": "gigabytes", "to_unit": "megabytes"}),
    ("convert 1 terabyte to gigabytes", W, {"value": 1.0, "from_unit": "terabyte", "to_unit": "gigabytes"}),
    ("how many feet in a mile", W, {"value": 1.0, "from_unit": "mile", "to_unit": "feet"}),
    ("convert 6 feet to meters", W, {"value": 6.0, "from_unit": "feet", "to_unit": "meters"}),
    ("how many meters in 100 yards", W, {"value": 100.0, "from_unit": "yards", "to_unit": "meters"}),
    # notes
    ("remember that I parked on level B", "note_remember", {"text": "I parked on level B"}),
    ("Remember that the wifi password is on the fridge", "note_remember", {"text": "the wifi password is on the fridge"}),
    ("please remember to buy milk", "note_remember", {"text": "buy milk"}),
    ("note that the meeting moved to Tuesday", "note_remember", {"text": "the meeting moved to Tuesday"}),
    ("What did I ask you to remember?", "note_recall", {}), ("what do you remember", "note_recall", {}),
    ("read me my notes", "note_recall", {}), ("what did I tell you to remember", "note_recall", {}),
    ("forget about the parking", "note_forget", {"text": "the parking"}),
    ("forget everything", "note_forget", {"text": "all"}), ("forget that I parked", "note_forget", {"text": "i parked"}),
    # offline honesty
    ("What's the weather like tomorrow?", "offline_notice", {"topic": "the weather"}),
    ("is it going to rain today", "offline_notice", {"topic": "the weather"}),
    ("what's the forecast for the weekend", "offline_notice", {"topic": "the weather"}),
    ("what's the news", "offline_notice", {"topic": "the news"}), ("read me the headlines", "offline_notice", {"topic": "the news"}),
    ("who won the game last night", "offline_notice", {"topic": "sports scores"}),
    ("what was the score of the match", "offline_notice", {"topic": "sports scores"}),
    ("what's the apple stock price", "offline_notice", {"topic": "stock prices"}),
    ("how is the traffic on the way to work", "offline_notice", {"topic": "traffic"}),
    ("search the web for pizza places", "offline_notice", {"topic": "the web"}),
    # facts about numbers said (skills/number_facts.py)
    ("Is 17 a prime number?", "number_fact", {"number": 17.0, "question": "prime"}),
    ("What's the average of 4, 8 and 12?", "average", {"numbers": "4 8 12"}),
    ("Round 3.14159 to two decimal places.", "round_number", {"number": "3.14159", "places": 2.0}),
    # lists kept among the notes (skills/lists.py)
    ("Add milk to my shopping list.", "list_edit", {"action": "add", "which": "shopping", "items": "milk"}),
    ("What's on my shopping list?", "list_edit", {"action": "read", "which": "shopping"}),
    ("Take milk off my shopping list", "list_edit", {"action": "remove", "which": "shopping", "items": "milk"}),
    # money in another currency is today's rate ("Convert 50 euros to dollars" -> "500 dollars", made up)
    ("Convert 50 euros to dollars.", "offline_notice", {"topic": "exchange rates"}),
    ("How many yen is 10 dollars?", "offline_notice", {"topic": "exchange rates"}),
    ("How many pounds is 50 dollars?", "offline_notice", {"topic": "exchange rates"}),
    ("What is 20 pounds in kilograms?", "convert_units", {"from_unit": "pounds", "to_unit": "kilograms"}),
    ("A pen costs 2 dollars. How much do 5 pens cost in dollars?", None, None),
    # small talk and questions about the assistant: short fixed replies (assistant/skills/small_talk.py)
    ("How are you today?", "small_talk", {"kind": "how_are_you"}), ("how's it going", "small_talk", {"kind": "how_are_you"}),
    ("Hey, what's up?", "small_talk", {"kind": "how_are_you"}), ("Good evening.", "small_talk", {"kind": "greeting"}),
    ("Thanks a lot!", "small_talk", {"kind": "thanks"}), ("Good night!", "small_talk", {"kind": "good_night"}),
    ("What can you do?", "small_talk", {"kind": "capabilities"}), ("help", "small_talk", {"kind": "capabilities"}),
    ("Can you help me?", "small_talk", {"kind": "capabilities"}),
    ("Do you have feelings?", "small_talk", {"kind": "identity"}),
    ("Who is Albert Einstein?", "who_is", {"name": "albert einstein"}),
    ("Tell me a riddle.", "small_talk", {"kind": "riddle"}), ("Sing me a song.", "small_talk", {"kind": "sing"}),
    ("Tell me a story.", "small_talk", {"kind": "story"}), ("Tell me a story about a dragon.", None, None),
    ("How many kilometers is a marathon?", "constant", {"what": "marathon", "unit": "kilometers"}),
    ("How old is someone born in 1985?", "age", {"born": "1985"}),
    ("What's 6 am in Tokyo time?", "time_there", {"time": "6 am", "source": "here", "target": "tokyo"}),
    ("What time is my alarm?", "timer_list", {}), ("Snooze.", "timer_snooze", {"seconds": 300.0}),
    ("Set a reminder for 3 pm to take my medicine.", "alarm_set",
     {"hour": 15.0, "minute": 0.0, "said_half": True, "about": "take my medicine"}),
    ("How many letters are in the word banana?", "letter_count", {"word": "banana"}),
    ("What's the time difference between New York and Tokyo?", "time_difference", {"first": "new york", "second": "tokyo"}),
    ("Is it daylight saving time?", "daylight_saving", {}),   # (the student: "Yes, I do have feelings.")
    ("Can we chat for a bit?", "small_talk", {"kind": "chat"}), ("I'm bored.", "suggest", {"kind": "bored"}),
    ("Tell me a joke", "small_talk", {"kind": "joke"}), ("Do you know any good jokes?", "small_talk", {"kind": "joke"}),
    ("Are you a robot?", "small_talk", {"kind": "identity"}), ("Who are you?", "small_talk", {"kind": "identity"}),
    ("Tell me something interesting.", "small_talk", {"kind": "fun_fact"}),
    ("Okay, tell me a joke then.", "small_talk", {"kind": "joke"}), ("So, how are you?", "small_talk", {"kind": "how_are_you"}),
    ("Tell me a random fact", "small_talk", {"kind": "fun_fact"}), ("Fun fact!", "small_talk", {"kind": "fun_fact"}),
    ("Tell me a fun fact about the ocean.", "small_talk", {"kind": "fun_fact", "said": "Tell me a fun fact about the ocean."}),   # (session 22: on the topic when one is kept, else any, said so)
    # a command for a robot: said it cannot, not worked out as arithmetic ("Go forward 10 meters." -> 10*10)
    ("Go forward 10 meters.", "small_talk", {"kind": "body"}), ("Turn left.", "small_talk", {"kind": "body"}),
    ("Bring me a glass of water.", "small_talk", {"kind": "body"}), ("Make me a coffee.", "small_talk", {"kind": "body"}),
    ("Get me the news", "offline_notice", {"topic": "the news"}),
    # calls, messages and the home's devices: said to be beyond it (the student read the notes about John)
    ("I love you.", "small_talk", {"kind": "praise"}), ("You're stupid.", "small_talk", {"kind": "blame"}),
    ("That's wrong.", "small_talk", {"kind": "blame"}),
    ("What's the freezing point of water in Fahrenheit?", "constant", {"what": "freezing", "unit": "fahrenheit"}),
    ("What is the speed of light?", "constant", {"what": "light"}),
    ("How far is the moon?", "constant", {"what": "moon"}), ("how far away is the sun in miles", "constant",
                                                            {"what": "sun", "unit": "miles"}),
    ("How many continents are there?", "constant", {"what": "continents"}),
    ("How many planets are in our solar system?", "constant", {"what": "planets"}),
    ("Split 90 dollars between 4 people.", "calculator", {"expression": "90/4"}),
    # how to do everyday things on the desktop (skills/desktop_help.py; the student refused them)
    ("How do I take a screenshot?", "desktop_help", {"topic": "screenshot"}),
    ("How do I lock my computer?", "desktop_help", {"topic": "lock"}),
    ("How can I connect to wifi?", "desktop_help", {"topic": "wifi"}),
    ("How do I take a picture of a bird?", None, None),
    ("Send a text to John.", "small_talk", {"kind": "phone"}), ("Call mom.", "small_talk", {"kind": "phone"}),
    ("Turn on the lights.", "small_talk", {"kind": "home"}), ("Set the thermostat to 20 degrees", "small_talk", {"kind": "home"}),
    ("Call me Sam", "note_remember", {"text": "my name is Sam"}),
    # for the model, not a skill (nor small talk: only a whole social turn is)
    ("How are you going to fix it?", None, None), ("Help me write a poem about the sea", None, None),
    ("What can you tell me about Mars?", None, None), ("Who are you voting for?", None, None),
    ("Thanks, and why is the sea salty?", None, None),
    ("Tell me a joke about cats", "small_talk", {"kind": "joke", "said": "Tell me a joke about cats"}),   # (session 22: "A cat is a cat.")
    ("Why is the sky blue?", None, None),
    # facts a table knows (skills/facts.py); a subject the tables lack is the model's
    ("What is the capital of France?", "lookup_fact", {"subject": "France", "fact": "capital"}),
    ("Japan's capital city is what?", "lookup_fact", {"subject": "Japan", "fact": "capital"}),
    ("What is the capital of the state of Georgia?", "lookup_fact", {"subject": "the state of Georgia", "fact": "capital"}),
    ("What is the capital of Georgia?", "lookup_fact", {"subject": "Georgia", "fact": "capital"}),
    ("Which element has the symbol Fe?", "lookup_fact", {"subject": "Fe", "fact": "element"}),
    ("What element does the symbol K stand for?", "lookup_fact", {"subject": "K", "fact": "element"}),
    ("How many protons does an atom of carbon have?", "lookup_fact", {"subject": "carbon", "fact": "atomic_number"}),
    ("What's the chemical symbol for lead?", "lookup_fact", {"subject": "lead", "fact": "symbol"}),
    ("What currency does Switzerland use?", "lookup_fact", {"subject": "Switzerland", "fact": "currency"}),
    ("What is the population of Canada?", "lookup_fact", {"subject": "Canada", "fact": "population"}),
    ("What is the capital of Atlantis?", None, None), ("What is the capital of the company?", None, None),
    ("Which element is the most common in the universe?", None, None), ("What's the symbol for peace?", None, None),
    ("What is capital gains tax?", None, None),
    ("Who wrote Romeo and Juliet?", None, None), ("Give me a tip for sleeping better", None, None),
    ("What should I cook for dinner?", "suggest", {"kind": "dinner"}),   # session 22 (the student: "Cook for 4 hours")
    ("How do I boil an egg?", "food_fact", {"kind": "kitchen", "what": "boil egg"}),   # ("Boil an egg for 180 minutes.")
    ("what's a good name for a cat", "write_message", {"occasion": "pet name", "what": "cat"}), ("explain photosynthesis", None, None),
    ("tell me a story about a rainy night", None, None), ("write a poem about snow", None, None),
    # words asked for (found on the validation split, session 13)
    ("Suggest three words to describe a sunny beach day.", None, None), ("Give me a synonym for rainy", "synonyms", {"word": "rainy"}),   # (not the weather)
    # found on the frozen test split (2026-11-30), so the "+ fast path" test figure has seen this one fix:
    ("write a rhyming couplet about the wind and snow", None, None),
    ("tell me a joke about the weather", "small_talk", {"kind": "joke", "said": "tell me a joke about the weather"}),   # (a joke, not the weather)
    # writing help and advice naming a note or a day are the model's (found among the teacher's
    # self-instruct requests, session 11); a note said as one still is a note
    ("Write a short note to my mother.", None, None), ("Help me write a note to my coworker asking for a raise.", None, None),
    ("Help me write a text describing my favorite day of the week.", None, None),
    ("What's your favourite day of the week?", None, None),
    ("What's the best way to review my notes for an upcoming exam?", None, None),
    ("I'm feeling a bit under the weather.", None, None),
    ("Write a note: buy milk", "note_remember", {"text": "buy milk"}),
    ("Make a note to buy milk", "note_remember", {"text": "buy milk"}),
    ("Note to self: call the bank", "note_remember", {"text": "call the bank"}),
    ("Remember that my favorite color is blue", "note_remember", {"text": "my favorite color is blue"}),
    ("Remind me to leave a note for my wife", "note_remember", {"text": "leave a note for my wife"}),
    # counts in dozens (the model multiplied by 2 on the validation split, session 11)
    ("How many eggs are in 14 dozen?", D, {"expression": "14*12"}), ("How many eggs in half a dozen?", D, {"expression": "0.5*12"}),
    ("How many rolls in a baker's dozen?", D, {"expression": "1*13"}),
    ("How much is 3 dozen eggs?", D, {"expression": "3*12"}),   # (the student: 3*7*13)
    # a tip, and a sum rounded (a new user, session 19: "That's 4.6875.", "That's 142.857.")
    ("What's the tip on 64 dollars at 20 percent?", D, {"expression": "64*20/100"}),
    ("what is a 15% tip on a 40 dollar bill", D, {"expression": "40*15/100"}),
    ("What's 1000 divided by 7, rounded?", D, {"expression": "round(1000/7)"}),
    ("What's 20 percent off 80 dollars?", D, {"expression": "80*(100-20)/100"}),   # (the student: 20*1.25)
    ("I have 3 apples and eat one. How many are left?", D, {"expression": "3-1"}),   # (the student: 3+1)
    ("If I have 3 apples and eat one, how many are left?", D, {"expression": "3-1"}),
    ("I had 10 cookies and gave away 4, how many do I have left?", D, {"expression": "10-4"}),
    ("What's the smallest country in the world?", "constant", {"what": "smallest country"}),   # (Tuvalu)
    ("How do I reset my password?", "desktop_help", {"topic": "password"}),   # ("Press the reset button on your phone.")
    ("Set a timer for 10 minutes and remind me to check the oven.", "reminder_in",
     {"seconds": 600.0, "about": "check the oven"}),   # (a note, and no timer)
    ("What?", "repeat", {"what": "answer"}), ("Louder please.", "voice_change", {"change": "louder"}),
    ("What's the square root of -1?", D, {"expression": "sqrt(-1)"}),
    ("How old are you?", "small_talk", {"kind": "about_me"}), ("Where do you live?", "small_talk", {"kind": "about_me"}),
    ("Do you dream?", "small_talk", {"kind": "about_me"}),   # (the student: "I dream about flying")
    ("Flip two coins.", "coin_flip", {"coins": 2.0}), ("Pick a random color.", "random_color", {}),
    ("Show me my downloads.", "folder_open", {"folder": "download"}),
    ("How much battery do I have?", "system_info", {"what": "battery"}),
    ("What's my IP address?", "system_info", {"what": "address"}),
    ("Remind me to stretch every hour.", "reminder_in", {"seconds": 3600.0, "about": "stretch", "once": True}),
    ("What's 2 to the 10?", D, {"expression": "2**10"}), ("What's one third plus one third?", D, {"expression": "(1/3)+(1/3)"}),
    ("How many acres in a square mile?", W, {"value": 1.0, "from_unit": "square mile", "to_unit": "acres"}),
    ("What's the population of the world?", "constant", {"what": "world population"}),
    ("What's the plural of mouse?", "word_form", {"word": "mouse", "form": "plural"}),
    ("What time is sunset?", "offline_notice", {"topic": "sunrise and sunset"}),   # (the time now)
    ("What's the day after tomorrow?", "date_of", {"kind": "date", "when": "the day after tomorrow"}),   # (muddled)
    ("Is it a weekday?", "clock", {"what": "weekday"}), ("Is tomorrow Saturday?", "date_of", {"kind": "weekday", "when": "tomorrow"}),
    ("Double 250.", D, {"expression": "250*2"}), ("Triple 12.", D, {"expression": "12*3"}),   # (250*250; 256)
    ("What's the time in 24 hour format?", "clock", {"what": "time"}),   # (the time in 24 hours)
    ("Thank you, goodbye.", "small_talk", {"kind": "goodbye"}),   # ("I'm glad you're safe.")
    ("What's new?", "small_talk", {"kind": "how_are_you"}),          # (the news: offline)
    ("How much is 12 dollars plus 15 percent tax?", D, {"expression": "12*(100+15)/100"}),   # (12+15/100)
    ("How much is 1 million divided by 12?", D, {"expression": "1000000/12"}),   # ("1 1000000")
    ("What is pi?", "constant", {"what": "pi"}),
    ("What's pi to 5 decimal places?", "round_number", {"number": "3.14159265358979323846", "places": 5.0}),
    ("How many letters are in the alphabet?", "constant", {"what": "alphabet"}),
    ("What comes after Tuesday?", "next_in_order", {"name": "tuesday", "way": "after"}),
    ("What's 5'10\" in cm?", "convert_mixed", {"amount": "5 feet 10 inches", "to_unit": "cm"}),   # (50.48 cm)
    ("I'm hungry.", "small_talk", {"kind": "feeling"}), ("What rhymes with cat?", "rhymes", {"word": "cat"}),
    ("Order a pizza.", "offline_notice", {"topic": "orders"}), ("How do I get to the airport?", "offline_notice",
                                                                {"topic": "directions"}),
    ("What's a light year?", "constant", {"what": "light year"}),
    ("How much time is left on the laundry timer?", "timer_list", {"name": "laundry"}),
    ("Write a poem that rhymes with cat.", None, None), ("What are you doing?", "small_talk", {"kind": "doing"}),
    ("Is 1,000,000 divisible by 7?", "number_fact", {"number": 1000000.0, "question": "divisible", "by": 7.0}),
    ("What's the remainder when 17 is divided by 5?", "number_fact", {"number": 17.0, "question": "remainder", "by": 5.0}),
    ("Set another timer for 1 minute.", "timer_start", {"seconds": 60.0, "name": ""}),   # (named "another")
    ("What month is it?", "clock", {"what": "month"}), ("What year is it?", "clock", {"what": "year"}),
    ("What week of the year is it?", "clock", {"what": "week"}),
    ("How many days are left in the year?", "date_of", {"kind": "until", "when": "december 31"}),
    ("How many calories in a dozen donuts?", None, None),
    # apps ("open" always means an app; "start"/"run" only an installed one), volume, amounts in two units
    ("Open Photoshop.", "app_open", {"name": "Photoshop"}), ("launch the Gimp app", "app_open", {"name": "Gimp"}),
    ("Set the volume to thirty percent.", "volume", {"action": "set", "percent": 30.0}),
    ("Can you turn the volume down?", "volume", {"action": "down"}), ("Could you turn it down a bit?", "volume", {"action": "down"}),
    ("Could you put it down on the table?", None, None),
    ("turn the volume down", "volume", {"action": "down"}), ("mute", "volume", {"action": "mute"}),
    ("How tall is 5 foot 10 in cm?", "convert_mixed", {"amount": "5 feet 10 inches", "to_unit": "cm"}),
    # who holds an office now is live; a year makes a result history (the sports table's, session 24; else the model's)
    ("Who is the president of France?", "offline_notice", {"topic": "live information"}),
    ("Who is the king of rock and roll?", None, None), ("Who won the World Cup in 1966?", "sports_fact", {"what": "cup", "year": 1966}),
    ("Who won the Wimbledon final in 1980?", None, None),
    # counting aloud, leap years, a name to remember
    ("Count to five.", "count", {"start": 1.0, "end": 5.0}), ("Count down from ten.", "count", {"start": 10.0, "end": 0.0}),
    ("Is it a leap year?", "leap_year", {"year": "this"}), ("Is 2028 a leap year?", "leap_year", {"year": "2028"}),
    ("When is the next leap year?", "leap_year", {"year": "next leap"}),
    ("My name is Sam.", "note_remember", {"text": "my name is Sam"}),
    # the date elsewhere, weeks until a day, the alarms set
    ("What's today's date in Tokyo?", "date_in", {"place": "tokyo"}), ("What day is it in Sydney?", "date_in", {"place": "sydney"}),
    ("How many weeks until Christmas?", "date_of", {"kind": "weeks_until", "when": "christmas"}),
    # time left until a time of day (skills/time_until.py; the student called the clock and got muddled)
    ("How many hours until midnight?", "time_until", {"at": "midnight"}), ("How long until 5 pm?", "time_until", {"at": "5 pm"}),
    ("How many minutes until noon?", "time_until", {"at": "noon"}),
    ("How much time is left until 6:30?", "time_until", {"at": "6:30"}),
    ("How many hours until 7 tonight?", "time_until", {"at": "7 tonight"}),
    ("How long until Christmas?", "date_of", {"kind": "until", "when": "christmas"}),
    ("What was the date 100 days ago?", "date_of", {"kind": "date", "when": "100 days ago"}),
    ("what day was it 3 weeks ago", "date_of", {"kind": "weekday", "when": "3 weeks ago"}),
    # the clock after a length of time; dates apart; an age (skills/time_until.py, skills/date_math.py)
    ("What time will it be in 2 hours?", "time_after", {"after": "2 hours"}),
    ("What's 15 minutes from now?", "time_after", {"after": "15 minutes"}),
    ("How many days between March 1 and April 15?", "days_between", {"start": "march 1", "end": "april 15"}),
    ("How old am I if I was born in 1990?", "age", {"born": "1990"}),
    ("What alarms do I have?", "timer_list", {}), ("List my reminders.", "timer_list", {}),
    ("Cancel the 6:30 alarm.", "timer_cancel", {"name": "6:30"}), ("Turn off my 7 am alarm.", "timer_cancel", {"name": "7:00 am alarm"}),
    ("What's the square of 12?", "calculator", {"expression": "12**2"}), ("What is the cube of 3?", "calculator", {"expression": "3**3"}),
    ("Is it morning in London?", "time_in", {"place": "london"}), ("Is it night in Tokyo right now?", "time_in", {"place": "tokyo"}),
    ("Rename the laundry timer to dryer.", "timer_rename", {"new": "dryer", "name": "laundry"}),
    ("Name the timer tea.", "timer_rename", {"new": "tea", "name": ""}),
    ("Set a 3 minute tea timer and a 10 minute egg timer.", "timers_start", {"names": "tea,egg", "lengths": "180,600"}),
    ("Say that slower.", "voice_change", {"change": "slower"}),
    ("How many kilometers is a 10K?", "constant", {"what": "10k", "unit": "kilometers"}),
    ("What time zone is Chicago in?", "time_zone", {"place": "chicago"}),
    ("When does daylight saving time end?", "daylight_saving", {"when": "end"}),
    ("When do the clocks go forward?", "daylight_saving", {"when": "start"}),
    ("How do you say thank you in French?", "translate_phrase", {"phrase": "thank you", "language": "french"}),
    ("How far is Paris from Rome?", "distance", {"first": "paris", "second": "rome"}),
    # typed short (round 6): "alarm 7am" cancelled a timer, "set volume 50" was 50 tonnes, "days till xmas" muddled
    ("alarm 7am", "alarm_set", {"hour": 7.0, "minute": 0.0, "said_half": True}),
    ("remind me 5pm call mom", "alarm_set", {"hour": 17.0, "minute": 0.0, "said_half": True, "about": "call mom"}),
    ("set volume 50", "volume", {"action": "set", "percent": 50.0}), ("sqrt 81", "calculator", {"expression": "sqrt(81)"}),
    ("days till xmas", "date_of", {"kind": "until", "when": "christmas"}),
    ("play some music", "desktop_help", {"topic": "music", "commanded": True}),
    ("brightness up", "desktop_help", {"topic": "brightness", "commanded": True}),
    ("I have 20 dollars and spend 7.50, how much is left?", "calculator", {"expression": "20-7.50"}),   # (-12.5)
    ("How old will I be in 2040 if I was born in 1995?", "age", {"born": "1995", "year": "2040"}),   # (-45)
    ("What year will it be in 25 years?", "year_in", {"years": 25.0}),   # (625)
    ("How many tablespoons in half a cup?", "convert_units", {"value": 0.5, "from_unit": "cup", "to_unit": "tablespoons"}),
    ("How long until my alarm goes off?", "timer_list", {"name": "alarm"}),   # (a day in the notes)
    # a day of the week (was a note: the reminder never rang)
    ("Can you remind me to call the dentist on Monday at 9?", "alarm_set",
     {"hour": 9.0, "minute": 0.0, "said_half": False, "about": "call the dentist", "day": "monday"}),
    ("Remind me next Tuesday to pay rent.", "alarm_set",
     {"hour": 9.0, "minute": 0.0, "said_half": True, "about": "pay rent", "day": "tuesday"}),   # in the morning
    ("What time zone am I in?", "time_zone", {"place": "here"}),
    ("Remind me about the meeting on Friday.", "alarm_set",
     {"hour": 9.0, "minute": 0.0, "said_half": True, "about": "about the meeting", "day": "friday"}),
    ("Remind me to stretch on Mondays.", "alarm_set",
     {"hour": 9.0, "minute": 0.0, "said_half": True, "about": "stretch", "repeat": "monday"}),   # (a note)
    ("My friend is choking, what do I do?", "emergency", {"kind": "choking"}),
    ("What's the emergency number in the UK?", "emergency", {"kind": "number", "country": "uk"}),
    # round 8: dates (the student: "muddled", the date today, "11 Mondays", "Today is a holiday.", 1999-12-9)
    ("How many days until the weekend?", "date_of", {"kind": "until", "when": "the weekend"}),
    ("What's the date of Easter in 2030?", "date_of", {"kind": "date", "when": "easter in 2030"}),
    ("How many days are there until summer?", "season_start", {"season": "summer", "count": "days"}),
    ("How long ago was 1999?", "year_in", {"since": True}),
    ("How many days have I been alive if I was born on May 5, 1990?", "days_since", {"since": "may 5, 1990"}),
    ("Is today a holiday?", "holiday_on", {"when": "today"}),
    ("How many Fridays are there in February 2027?", "weekdays_in", {"weekday": "friday", "month": "february", "year": "2027"}),
    # round 9 (the student: a made-up note, "eight hearts", 100*100 said as 20, a note for a timer)
    ("What's bigger, a kilometer or a mile?", "compare_units", {"first": "kilometer", "second": "mile", "word": "bigger"}),
    ("Set a reminder for tomorrow morning to go running.", "alarm_set",
     {"hour": 9.0, "minute": 0.0, "said_half": True, "tomorrow": True, "about": "go running"}),
    ("Remind me at the end of the day to send the report.", "alarm_set",
     {"hour": 17.0, "minute": 0.0, "said_half": True, "about": "send the report"}),
    ("Remind me in 2 days to call grandma.", "reminder_in", {"seconds": 172800.0, "about": "call grandma"}),
    ("Set a timer for the eggs.", "clarify", {"text": "How long should the timer be? Say, for example, ten minutes."}),
    ("What's left on the egg timer?", "timer_list", {"name": "egg"}),
    # the assistant's own controls (the student: "I'm sorry, but I can't help with that.", "I don't have a wake word.")
    ("Change your voice.", "app_help", {"topic": "voice"}), ("What's your wake word?", "app_help", {"topic": "wake word"}),
    ("Stop listening.", "app_help", {"topic": "stop listening"}), ("Delete my history.", "app_help", {"topic": "history"}),
    ("Turn off.", "app_help", {"topic": "quit"}), ("Open the settings.", "app_help", {"topic": "settings"}),
    ("What did we talk about?", "repeat", {"what": "questions"}), ("Repeat the question.", "repeat", {"what": "question"}),
    ("What are my reminders?", "timer_list", {}), ("What are my alarms for today?", "timer_list", {}),   # (a note search)
    ("What's a synonym for big?", "synonyms", {"word": "big"}), ("Another word for car?", "synonyms", {"word": "car"}),
    # the conversation itself
    ("Say that again.", "repeat", {"what": "answer"}), ("Can you repeat that please?", "repeat", {"what": "answer"}),
    ("What did you say?", "repeat", {"what": "answer"}), ("What did I just ask you?", "repeat", {"what": "question"}),
    ("What was the answer again?", "repeat", {"what": "answer"}),   # (the model worked it out anew, wrongly)
    ("What language do they speak?", None, None),
    ("What did I ask you to remember?", "note_recall", {}),
    ("Speak slower.", "voice_change", {"change": "slower"}), ("Can you speak louder?", "voice_change", {"change": "louder"}),
    ("You're talking too fast.", "voice_change", {"change": "slower"}), ("Talk a bit faster", "voice_change", {"change": "faster"}),
    # session 22: requests to act that the student claimed to have done ("OK, timer 4 for 5 minutes.", "I'll add that to
    # your shopping list.") with no skill called: nothing was set or added
    ("Throw eggs and butter onto my shopping list.", "list_edit", {"action": "add", "which": "shopping", "items": "eggs and butter"}),
    ("I need to buy batteries, add that to my list.", "list_edit", {"action": "add", "which": "shopping", "items": "batteries"}),
    ("We're out of milk, put it on the shopping list.", "list_edit", {"action": "add", "which": "shopping", "items": "milk"}),
    ("Please add a task to pay the electric bill.", "list_edit", {"action": "add", "which": "to-do", "items": "pay the electric bill"}),
    ("New task: call the plumber.", "list_edit", {"action": "add", "which": "to-do", "items": "call the plumber"}),
    ("Add call the bank to my to-do list for tomorrow.", "list_edit",
     {"action": "add", "which": "to-do", "items": "call the bank tomorrow"}),
    ("Stick bread in my shopping list please.", "list_edit", {"action": "add", "which": "shopping", "items": "bread"}),
    ("Create a new list called packing.", "list_edit", {"action": "create", "which": "packing"}),
    ("Make a to-do list.", "list_edit", {"action": "create", "which": "to-do"}),
    ("Can you jot down that the wifi password is bluefish42?", "note_remember", {"text": "the wifi password is bluefish42"}),
    ("Save this: parking spot is level 3, row B.", "note_remember", {"text": "parking spot is level 3, row B"}),
    ("Log that I drank two glasses of water.", "note_remember", {"text": "I drank two glasses of water"}),
    ("Take a note: buy a birthday card for Ann.", "note_remember", {"text": "buy a birthday card for Ann"}),
    ("Make a note: dentist appointment moved to Thursday.", "note_remember", {"text": "dentist appointment moved to Thursday"}),
    ("Log in to my account.", None, None), ("Save this document.", None, None),
    ("Where did I park?", "note_recall", {"about": "park"}),
    ("Start a countdown for 90 seconds.", "timer_start", {"seconds": 90.0, "name": ""}),
    ("Give me 5 minutes on the clock.", "timer_start", {"seconds": 300.0, "name": ""}),
    ("Start a 25 minute pomodoro.", "timer_start", {"seconds": 1500.0, "name": "pomodoro"}),
    ("Set a reminder for my mom's birthday on Friday.", "alarm_set",
     {"hour": 9.0, "minute": 0.0, "said_half": True, "about": "about my mom's birthday", "day": "friday"}),
    ("Set my alarm for weekdays at 6:45.", "alarm_set", {"hour": 6.0, "minute": 45.0, "said_half": True, "repeat": "weekdays"}),
    ("Schedule a meeting with Tom tomorrow at 3.", "alarm_set",
     {"hour": 3.0, "minute": 0.0, "said_half": False, "tomorrow": True, "about": "about a meeting with tom"}),
    ("Add a calendar event for lunch with Sara on Saturday at noon.", "alarm_set",
     {"hour": 12.0, "minute": 0.0, "said_half": True, "about": "about lunch with sara", "day": "saturday"}),
    ("Put the dentist in my calendar for Monday at 10.", "alarm_set",
     {"hour": 10.0, "minute": 0.0, "said_half": False, "about": "about the dentist", "day": "monday"}),
    ("Remind me about the meeting with Tom tomorrow at 3.", "alarm_set",
     {"hour": 3.0, "minute": 0.0, "said_half": False, "tomorrow": True, "about": "about the meeting with tom"}),
    ("Mute yourself.", "voice_change", {"change": "mute"}), ("Unmute yourself.", "voice_change", {"change": "unmute"}),
    # session 22, a second round as a new user
    ("My dog is choking on a bone, what do I do?", "emergency", {"kind": "pet choking"}),   # (refused)
    ("My dog just ate a bar of chocolate.", "emergency", {"kind": "pet poison"}),
    ("Can dogs eat grapes?", "emergency", {"kind": "pet food"}), ("My dog got hit by a car.", "emergency", {"kind": "pet hurt"}),
    ("My friend is choking on food, what do I do?", "emergency", {"kind": "choking"}),
    ("My dog ate my homework.", None, None),
    ("Is it going to be cold tomorrow?", "offline_notice", {"topic": "the weather"}),   # ("Yes, it will be cold tomorrow.")
    ("Do I need a jacket today?", "offline_notice", {"topic": "the weather"}), ("Is it cold on Mars?", None, None),
    ("If I save 50 dollars a week, how much will I have in a year?", "calculator", {"expression": "50*52"}),   # ("That's 75.")
    ("If I earn 20 dollars an hour, how much do I make in an 8 hour day?", "calculator", {"expression": "20*8"}),
    ("If I read 20 pages a day, how many pages will I read in 2 weeks?", "calculator", {"expression": "20*7*2"}),
    ("If I save 50 dollars a week, how much in a month?", None, None),   # (no agreed number of weeks in a month)
    ("How many calories are in a banana?", "food_fact", {"kind": "calories", "what": "banana"}),   # (44)
    ("How much protein is in an egg?", "food_fact", {"kind": "protein", "what": "egg"}),   # ("76 calories")
    ("How many calories in two eggs?", "food_fact", {"kind": "calories", "what": "egg", "count": 2}),
    ("What temperature should chicken be cooked to?", "food_fact", {"kind": "kitchen", "what": "chicken"}),
    ("How many calories are in a Big Mac?", None, None),
    ("Who painted the Mona Lisa?", "artwork", {"title": "mona lisa", "when": False}),   # ("painted in 1671")
    ("When was the Starry Night painted?", "artwork", {"title": "starry night", "when": True}),
    ("Who painted my house?", None, None),
    ("Dinner ideas please.", "suggest", {"kind": "dinner"}),
    ("My birthday is March 3rd.", "note_remember", {"text": "my birthday is March 3rd"}),   # (the student: 3/4)
    ("My wife's name is Anna.", "note_remember", {"text": "my wife's name is Anna"}), ("My computer is slow.", None, None),
    ("Thank you, that's helpful.", "small_talk", {"kind": "thanks", "said": "Thank you, that's helpful."}),
    ("Can you hear me?", "small_talk", {"kind": "about_me", "said": "Can you hear me?"}),
    ("What year did the Titanic sink?", "history_date", {"event": "titanic"}),   # (the student: 1996)
    ("When did World War II end?", "history_date", {"event": "ww2 end"}), ("When was 9/11?", "history_date", {"event": "9/11"}),
    ("When was the Berlin Wall torn down?", "history_date", {"event": "berlin wall fall"}), ("When did my cat die?", None, None),
    # everyday how-to, written (skills/howto.py; the student: "Tie a tie with a string.")
    ("How do I tie a tie?", "howto", {"topic": "tie"}), ("How do I get rid of hiccups?", "howto", {"topic": "hiccups"}),
    ("How can I fall asleep faster?", "howto", {"topic": "sleep"}), ("How do I change a flat tire?", "howto", {"topic": "flat tire"}),
    ("How do I treat a minor burn?", "howto", {"topic": "burn"}), ("How do I stop a nosebleed?", "howto", {"topic": "nosebleed"}),
    ("How do I get red wine out of the carpet?", "howto", {"topic": "wine stain"}),
    ("How do I make my computer faster?", "howto", {"topic": "slow computer"}),
    ("How do I set a timer?", None, None),
    ("Who wrote Pride and Prejudice?", "book_author", {"title": "pride and prejudice", "when": False}),   # ("attributed to the author")
    ("When was 1984 published?", "book_author", {"title": "nineteen eighty-four", "when": True}),
    ("Who wrote my favorite song?", None, None), ("Who wrote Hamlet?", None, None),   # (Shakespeare: the model's, named right)
    ("Who discovered gravity?", "discovery", {"what": "gravity"}),   # (the student: "John Newton")
    ("Who invented the telephone?", "discovery", {"what": "telephone"}), ("Who invented my phone?", None, None),
    ("Turn on Bluetooth.", "desktop_help", {"topic": "bluetooth", "commanded": True}),   # ("I'm offline, so I can't ...")
    ("How much battery do I have left?", "system_info", {"what": "battery"}),   # (a notes search for "100")
    ("How much RAM does this computer have?", "system_info", {"what": "memory"}),   # ("8GB", made up)
    ("Tell me about the Eiffel Tower.", "about_place", {"name": "the eiffel tower"}),   # ("the tallest man-made structure")
    ("What is the Great Wall of China?", "about_place", {"name": "the great wall of china"}),
    ("Tell me about Paris.", "about_place", {"name": "paris"}), ("What is the ocean?", None, None),
    ("What is the capital of France?", "lookup_fact", {"subject": "France", "fact": "capital"}),   # (WordNet's Paris: the table's)
    ('Is it "affect" or "effect"?', "usage_pair", {"words": "affect effect"}),   # ("The correct word is affect.")
    ("What's the difference between there, their and they're?", "usage_pair", {"words": "their there they're"}),
    ("Tea or coffee?", None, None),
    ("Open the file manager.", "folder_open", {"folder": "home"}),   # (no app called "file manager")
    ("Say something nice.", "small_talk", {"kind": "nice", "said": "Say something nice."}),   # (said back)
    ("I have a headache.", "small_talk", {"kind": "feeling", "said": "I have a headache."}),
    ("I can't sleep.", "small_talk", {"kind": "feeling", "said": "I can't sleep."}),   # ("Try a warm bath or a warm pillow.")
    ("Recommend a podcast.", "suggest", {"kind": "podcast"}),   # ("The Podcast of the Future" by The Future Podcast)
    ("What's the 4th of July?", None, None),   # (a date, not 4*29)
    ("What's the best way to learn a language?", "howto", {"topic": "language"}),
    ("What's a good stretch for back pain?", "howto", {"topic": "back pain"}),   # ("Hold it for 15-30 minutes.")
    ("What's on my calendar today?", "agenda", {}), ("Do I have any meetings today?", "agenda", {}),   # ("I'm on my calendar")
    ("What's trending on Twitter?", "offline_notice", {"topic": "the news"}),
    ("Play my workout playlist.", "desktop_help", {"topic": "music", "commanded": True}),
    ("Set the lights to 50 percent.", "small_talk", {"kind": "home", "said": "Set the lights to 50 percent."}),
    ("Find me a recipe for banana bread.", "howto", {"topic": "banana bread"}), ("How do I make pancakes?", "howto", {"topic": "pancakes"}),
    ("How long do I bake chicken breast at 400?", "food_fact", {"kind": "kitchen", "what": "bake chicken"}),
    ("What's a substitute for eggs in baking?", "howto", {"topic": "egg substitute"}),
    ("How many grams of sugar in a teaspoon?", "food_weight", {"what": "teaspoon of sugar"}),   # ("6 grams", made up)
    ("How many grams in a cup of flour?", "food_weight", {"what": "cup of flour"}),
    ("set alarm 6:30", "alarm_set", {"hour": 6.0, "minute": 30.0, "said_half": False}),   # (typed: the model said it back)
    ("whos the president of the usa", "offline_notice", {"topic": "live information"}),
    ("add bananas 2 shopping list", "list_edit", {"action": "add", "which": "shopping", "items": "bananas"}),
    ("how big is the earth", "constant", {"what": "earth size"}),   # ("12,700,000,000 square kilometers")
    ("what's the richest person in the world", "offline_notice", {"topic": "live information"}),   # ("Bill Gates")
    ("Is it safe to eat raw cookie dough?", "health_basics", {"topic": "raw dough"}),   # ("Yes, it's safe")
    ("How long can milk sit out?", "health_basics", {"topic": "left out"}),   # ("24 hours")
    ("How do I get rid of a cold?", "health_basics", {"topic": "cold"}),   # ("Take a cold shower")
    ("How many steps should I walk a day?", "health_basics", {"topic": "steps"}),   # ("300 steps per day")
    ("What's the gate code?", "note_recall", {"about": "gate code"}),
    ("What's a healthy resting heart rate?", "health_basics", {"topic": "heart rate"}),   # ("40-60")
    ("How do I get rid of a headache without medicine?", "health_basics", {"topic": "headache"}),   # (a refusal)
    ("How tall is Mount Kilimanjaro?", "constant", {"what": "kilimanjaro"}),   # ("1.97 kilometers")
    ("How deep is the ocean?", "constant", {"what": "ocean depth"}),   # ("12,700 miles")
    ("How deep is the Mariana Trench?", "constant", {"what": "mariana"}),
    ("How tall is Mount Fuji in feet?", "constant", {"what": "fuji", "unit": "feet"}),
    ("What's 1 third of 90?", D, {"expression": "90*1/3"}),   # (1/3/90)
    ("What is two thirds of 90?", D, {"expression": "90*2/3"}),
    ("Play some jazz.", "desktop_help", {"topic": "music", "commanded": True}),   # ("I'm listening to some jazz.")
    ("How do I make friends as an adult?", "howto", {"topic": "make friends"}),
    ("How do I get better sleep?", "howto", {"topic": "sleep"}),
    ("How many stars are in the sky?", "constant", {"what": "stars"}),   # ("118 stars", from the calculator)
    ("How far can you see on a clear day?", "constant", {"what": "horizon"}),   # ("I can see in the sky.")
    ("Give me a workout I can do at home.", "suggest", {"kind": "workout"}),   # ("a treadmill or stationary bike")
    ("What's a healthy breakfast?", "suggest", {"kind": "breakfast"}),   # ("... and a healthy dessert")
    ("What are some hobbies I could try?", "suggest", {"kind": "hobby"}),
    ("Use ubiquitous in a sentence.", "use_in_sentence", {"word": "ubiquitous"}),
    ("I lost my keys.", "lost_thing", {"thing": "my keys"}),   # ("Sorry, I can't help with that.")
    ("How long is 10,000 steps?", "constant", {"what": "steps in a mile"}),   # ("10,000 / 12 = 800 steps")
    ("What is the difference between a crocodile and an alligator?", "explain", {"topic": "alligator crocodile"}),
    ("What's the difference between a virus and bacteria?", "explain", {"topic": "virus bacteria"}),
    ("Why is the ocean blue?", "explain", {"topic": "ocean blue"}),   # ("composed of water and other substances")
    ("How do magnets work?", "explain", {"topic": "magnets"}),
    ("What's a good gift for my dad?", "suggest", {"kind": "gift"}),   # ("a gift card for his favorite restaurant")
    ("How do I make coffee without a coffee maker?", "howto", {"topic": "coffee no maker"}),   # (a refusal)
    ("What can I substitute for eggs in baking?", "howto", {"topic": "egg substitute"}),   # ("Eggs are a good substitute")
    ("How do I know if an egg is bad?", "howto", {"topic": "egg bad"}),
    ("How long do I microwave a potato?", "howto", {"topic": "microwave potato"}),   # ("then drain and rinse")
    ("What temperature do I bake cookies at?", "howto", {"topic": "cookies"}),   # ("... for 12 hours")
    ("How do I fix a squeaky door?", "howto", {"topic": "squeaky door"}),   # (a refusal)
    ("How often should I water a cactus?", "howto", {"topic": "cactus"}),   # ("once a week")
    ("How do I write a resume?", "howto", {"topic": "resume"}),
    ("How do I ask for a raise?", "howto", {"topic": "raise"}),
    ("How do I negotiate salary?", "howto", {"topic": "negotiate salary"}),   # ("Ask about the market rate and negotiate.")
    ("How do I stay focused while studying?", "howto", {"topic": "focus"}),
    # session 25 (the student's answers in brackets)
    ("How do I unclog a drain without chemicals?", "howto", {"topic": "unclog"}),   # (a refusal)
    ("How should I store fresh herbs?", "howto", {"topic": "store herbs"}),   # ("in a paper bag")
    ("How do I make my phone battery last longer?", "howto", {"topic": "phone battery"}),   # ("Use a battery charger")
    ("How do I clean my laptop keyboard?", "howto", {"topic": "clean keyboard"}),   # ("Rinse with water")
    ("How long should I steep green tea?", "howto", {"topic": "steep tea"}),   # ("1-2 tablespoons per hour")
    ("How do I calm down before an exam?", "howto", {"topic": "stress"}),
    ("How do I write a thank you note to my teacher?", "write_message", {"occasion": "thanks", "who": "my teacher"}),
    ("What should I write in a birthday card for my dad?", "write_message", {"occasion": "birthday", "who": "my dad"}),
    ("How do I write a for loop in Python?", None, None),
    ("If a shirt costs 40 dollars and is 25% off, how much is it?", D, {"expression": "40*(100-25)/100"}),   # ("That's 10.")
    ("How much is a 40 dollar shirt at 25% off?", D, {"expression": "40*(100-25)/100"}),
    ("A jacket is 80 dollars and there's a 30% discount. What's the final price?", D, {"expression": "80*(100-30)/100"}),
    ("If I buy 3 apples and eat one, how many are left?", D, {"expression": "3-1"}),
    ("What's the main ingredient in guacamole?", "explain", {"topic": "made of guacamole"}),   # ("... is guacamole")
    ("What is glass made of?", "explain", {"topic": "made of glass"}), ("How is cheese made?", "explain", {"topic": "made of cheese"}),
    ("Is it bad to crack your knuckles?", "health_basics", {"topic": "knuckles"}),   # ("Yes ... can be dangerous.")
    ("What's the best way to lose weight?", "health_basics", {"topic": "lose weight"}),
    ("How far is it from earth to the sun?", "constant", {"what": "sun"}),
    ("How long do elephants live?", "lifespan", {"topic": "elephant"}),   # ("70-90 years")
    ("What's the average lifespan of a cat?", "lifespan", {"topic": "cat"}), ("How old do parrots get?", "lifespan", {"topic": "parrot"}),
    ("What is the life expectancy in the world?", "lifespan", {"topic": "human"}),
    ("How long does it take to boil an egg?", "food_fact", {"kind": "kitchen", "what": "boil egg"}),
    ("How fast can a human run?", "constant", {"what": "human speed"}),   # ("up to 6 miles per hour")
    ("How does a refrigerator work?", "explain", {"topic": "fridge"}), ("How does wifi work?", "explain", {"topic": "wifi"}),
    ("How old was Einstein when he died?", "who_is", {"name": "einstein", "aspect": "died"}),   # ("at 96 years old")
    # round 5 of session 25: how-to the student got wrong or refused (its answers in brackets)
    ("How do I get rid of a cold fast?", "health_basics", {"topic": "cold"}),   # (a refusal)
    ("How do I stop a cough at night?", "howto", {"topic": "cough night"}), ("How do I descale a kettle?", "howto", {"topic": "descale kettle"}),
    ("How do I defrost a freezer?", "howto", {"topic": "defrost freezer"}),   # ("like in the microwave")
    ("How do I clean a mattress?", "howto", {"topic": "clean mattress"}), ("How do I change a car tire?", "howto", {"topic": "flat tire"}),
    ("How do I check my car's oil?", "howto", {"topic": "car oil"}), ("How do I boost my immune system?", "howto", {"topic": "immune system"}),
    ("How can I be more productive?", "howto", {"topic": "productive"}), ("How do I learn to cook?", "howto", {"topic": "learn to cook"}),
    ("How do I make rice in a rice cooker?", "howto", {"topic": "rice cooker"}), ("How do I make pizza dough?", "howto", {"topic": "pizza dough"}),
    ("How do I cook salmon?", "howto", {"topic": "salmon"}), ("How do I peel garlic quickly?", "howto", {"topic": "peel garlic"}),
    ("How do I cut an onion without crying?", "howto", {"topic": "onion crying"}),   # (a refusal)
    ("How do I keep bananas fresh?", "howto", {"topic": "bananas fresh"}), ("How do I freeze bread?", "howto", {"topic": "freeze bread"}),
    ("How do I pack a suitcase?", "howto", {"topic": "pack suitcase"}), ("How do I write a cover letter?", "howto", {"topic": "cover letter"}),
    ("How do I prepare for a job interview?", "howto", {"topic": "job interview"}), ("How do I pay off debt?", "howto", {"topic": "pay off debt"}),
    ("How do I start investing?", "howto", {"topic": "start investing"}), ("How do I free up space on my phone?", "howto", {"topic": "phone space"}),
    ("How do I make a strong cup of coffee?", "howto", {"topic": "strong coffee"}), ("How do I get rid of weeds?", "howto", {"topic": "weeds"}),
    ("How do I update Ubuntu?", "desktop_help", {"topic": "update"}),   # ("sudo update Ubuntu")
    ("How do I find my wifi password?", "desktop_help", {"topic": "wifi password"}),
    # round 6: facts (the student's answers in brackets)
    ("What's the biggest city in the world?", "record", {"what": "biggest city"}),   # ("New York City")
    ("Which is the largest island in the world?", "record", {"what": "largest island"}),   # ("New Zealand")
    ("What is the rarest blood type?", "record", {"what": "rarest blood type"}),   # ("the ABO blood type")
    ("What is the smallest state?", "record", {"what": "smallest state"}),   # ("Antarctica")
    ("What's the largest state in the US?", "record", {"what": "largest state"}),
    ("How many countries are in Europe?", "count_of", {"what": "countries", "thing": "europe"}),   # ("28")
    ("How much does the earth weigh?", "constant", {"what": "earth mass"}),   # ("144,000,000,000 kilograms")
    ("How hot is lava?", "constant", {"what": "lava"}),   # ("Lava is hot, but it's not molten.")
    ("Who was Martin Luther King Jr?", "who_is", {"name": "martin luther king jr"}),
    ("What's the biggest city in Texas?", None, None),
    # round 8: word problems (the student's answers in brackets)
    ("If I read 20 pages a day, how long will it take to finish a 300 page book?", D, {"expression": "ceil(300/20)"}),   # (6,000)
    ("A train travels 120 miles in 2 hours. What's its speed?", D, {"expression": "120/2"}),   # (240)
    ("If pizza costs 12 dollars and I have 50 dollars, how many pizzas can I buy?", D, {"expression": "floor(50/12)"}),   # (600)
    ("I'm 30 years old. How many days have I been alive?", D, {"expression": "round(30*365.25)"}),   # ("I got muddled")
    ("If I sleep 8 hours a night, how many hours do I sleep in a year?", D, {"expression": "8*365"}),   # (96)
    ("If a car uses 5 liters per 100 km, how much fuel for 400 km?", D, {"expression": "5*400/100"}),   # (500)
    ("If I save 20 dollars a week, how long will it take to save 500 dollars?", D, {"expression": "ceil(500/20)"}),
    ("Write a short text telling my boss I'll be late.", "write_message", {"occasion": "late", "who": "my boss"}),
    # round 9: words and sayings (the student's answers in brackets)
    ('What does "carpe diem" mean?', "saying", {"topic": "carpe diem"}),   # ("to fish, or to fish wisely")
    ("What does RSVP stand for?", "saying", {"topic": "rsvp"}), ("What does status quo mean?", "define", {"word": "status quo"}),
    ("What's the Spanish word for cat?", "translate_phrase", {"phrase": "cat", "language": "spanish"}),   # ("catástroja")
    ("What is the German word for butterfly?", "translate_phrase", {"phrase": "butterfly", "language": "german"}),
    ("How do you say I need a doctor right now in Spanish?", None, None),
    ("What is the longest word in English?", "record", {"what": "longest word"}),   # ("the")
    ("What is the stock market?", "explain", {"topic": "stock market"}),   # (the stock prices notice)
    ("What's the price of bitcoin?", "offline_notice", {"topic": "stock prices"}),
    # round 11: small talk, privacy (the student's answers in brackets)
    ("Are you listening to me all the time?", "small_talk", {"kind": "about_me", "said": "Are you listening to me all the time?"}),
    ("Do you save my conversations?", "small_talk", {"kind": "about_me", "said": "Do you save my conversations?"}),   # (a refusal)
    ("Is my data private?", "small_talk", {"kind": "about_me", "said": "Is my data private?"}),
    ("Can you learn?", "small_talk", {"kind": "about_me", "said": "Can you learn?"}),
    ("I had a bad day.", "small_talk", {"kind": "feeling", "said": "I had a bad day."}),   # ("A good day is a good day.")
    ("Hey there!", "small_talk", {"kind": "greeting", "said": "Hey there!"}),
    # round 12: numeric facts (the student's answers in brackets)
    ("How long is a day on Venus?", "record", {"what": "day on venus"}),   # (the time here: "It's 7:28 PM.")
    ("How long is a year on Mars?", "record", {"what": "year on mars"}),
    ("How long is the Amazon river?", "constant", {"what": "amazon river"}),   # ("about 6,000 miles")
    ("How many people speak Spanish?", "constant", {"what": "spanish speakers"}),   # ("250 people")
    ("How far is Mars from Earth?", "constant", {"what": "mars distance"}),   # ("598 million miles")
    ("How long does it take to get to Mars?", "constant", {"what": "mars trip"}),   # ("24 months")
    ("How big is the sun compared to earth?", "constant", {"what": "sun size"}),
    ("How long is an Olympic swimming pool?", "constant", {"what": "olympic pool"}),   # ("120 feet long")
    ("How many bones does a baby have?", "count_of", {"what": "bones", "thing": "baby"}),   # ("20 bones")
    ("How many words are in the English language?", "count_of", {"what": "words", "thing": "english language"}),   # (199)
    ("How many grams of sugar in a can of coke?", "health_basics", {"topic": "sugar in soda"}),
    ("What is the boiling point of water at high altitude?", "explain", {"topic": "boiling altitude"}),   # (212 F)
    ("How many hours does an adult need to sleep?", "health_basics", {"topic": "sleep hours"}),   # ("I got muddled")
    ("What's the normal blood pressure?", "health_basics", {"topic": "blood pressure"}),
    ("What is a normal body temperature?", "constant", {"what": "body"}),
    # round 14 (the student's answers in brackets)
    ("Is it safe to eat raw chicken?", "health_basics", {"topic": "raw meat"}),   # ("Yes, it is safe to eat raw chicken.")
    ("How long does milk last in the fridge?", "health_basics", {"topic": "milk fridge"}),   # ("24 hours")
    ("What's the best temperature for a fridge?", "health_basics", {"topic": "fridge temperature"}),
    ("Can you freeze cheese?", "health_basics", {"topic": "freeze cheese"}),   # (a refusal)
    ("Which animal lives the longest?", "record", {"what": "longest living animal"}),   # ("the giraffe")
    ("What is the tallest building in New York?", "record", {"what": "tallest building in new york"}),   # (Empire State)
    ("Do fish sleep?", "explain", {"topic": "fish sleep"}),   # ("Fish do not sleep.")
    ("What sound does a cow make?", "animal_word", {"animal": "cow", "kind": "sound"}),   # ("a low, rumbling sound")
    ("What does a teacher say?", None, None),
    # round 15: how-to the student got wrong or refused (20 of 30 fresh ones)
    ('How do I make french toast?', "howto", {"topic": 'french toast'}),
    ('How do I make mashed potatoes?', "howto", {"topic": 'mashed potatoes'}),
    ('How do I cook chicken breast?', "howto", {"topic": 'chicken breast'}),
    ('How do I make a salad dressing?', "howto", {"topic": 'salad dressing'}),
    ('How do I make soup?', "howto", {"topic": 'soup'}),
    ('How do I bake bread?', "howto", {"topic": 'bake bread'}),
    ('How do I make iced coffee?', "howto", {"topic": 'iced coffee'}),
    ('How do I clean a toilet?', "howto", {"topic": 'clean toilet'}),
    ('How do I clean windows without streaks?', "howto", {"topic": 'clean windows'}),
    ('How do I get a stain out of a white shirt?', "howto", {"topic": 'white shirt stain'}),
    ('How do I unshrink a sweater?', "howto", {"topic": 'unshrink sweater'}),
    ('How do I remove sticker residue?', "howto", {"topic": 'sticker residue'}),
    ('How do I clean a dishwasher?', "howto", {"topic": 'clean dishwasher'}),
    ('How do I organize my closet?', "howto", {"topic": 'organize closet'}),
    ('How do I change a diaper?', "howto", {"topic": 'diaper'}),
    ('How do I get my baby to sleep?', "howto", {"topic": 'baby sleep'}),
    ('How do I potty train a toddler?', "howto", {"topic": 'potty training'}),
    ('How do I train my dog to sit?', "howto", {"topic": 'dog sit'}),
    ('How do I stop my cat from scratching furniture?', "howto", {"topic": 'cat scratching'}),
    ('How do I give my dog a bath?', "howto", {"topic": 'dog bath'}),
    ('How do I make banana bread?', "howto", {"topic": 'banana bread'}),
    # round 16 (17 of 30 fresh how-to were wrong or refused; dandruff: "use a scalpel")
    ('How do I make a cup of hot chocolate?', 'howto', {"topic": 'hot chocolate'}),
    ('How do I clean silver?', 'howto', {"topic": 'clean silver'}),
    ('How do I get rid of a bad smell in the fridge?', 'howto', {"topic": 'fridge smell'}),
    ('How do I clean a stainless steel sink?', 'howto', {"topic": 'stainless sink'}),
    ('How do I unclog a toilet?', 'howto', {"topic": 'unclog toilet'}),
    ('How do I write an email to a professor?', 'howto', {"topic": 'email professor'}),
    ('How do I quit smoking?', 'howto', {"topic": 'quit smoking'}),
    ('How do I stop biting my nails?', 'howto', {"topic": 'nail biting'}),
    ('How do I relieve a sore throat?', 'howto', {"topic": 'sore throat'}),
    ('How do I treat a cold sore?', 'howto', {"topic": 'cold sore'}),
    ('How do I get rid of dandruff?', 'howto', {"topic": 'dandruff'}),
    ('How do I do a push up?', 'howto', {"topic": 'push up'}),
    ('How do I stretch my hamstrings?', 'howto', {"topic": 'hamstrings'}),
    ('How do I improve my posture?', 'howto', {"topic": 'posture'}),
    ('How do I make a folder on Linux?', 'desktop_help', {"topic": 'new folder'}),
    ('How do I zip a file?', 'desktop_help', {"topic": 'zip'}),
    ('How do I connect to a printer?', 'desktop_help', {"topic": 'printer'}),
    # round 17 (22 of 30 fresh how-to were wrong or refused; taxes: "call the IRS office at 401(k)")
    ('How do I jump a car battery?', "howto", {"topic": 'jump start'}),
    ('How do I defog my windshield?', "howto", {"topic": 'defog windshield'}),
    ('How do I get a dent out of a car?', "howto", {"topic": 'car dent'}),
    ('How do I ride a bike?', "howto", {"topic": 'ride bike'}),
    ('How do I swim?', "howto", {"topic": 'swim'}),
    ('How do I juggle?', "howto", {"topic": 'juggle'}),
    ('How do I play chess?', "howto", {"topic": 'chess'}),
    ("How do I solve a Rubik's cube?", "howto", {"topic": 'rubiks cube'}),
    ('How do I whistle?', "howto", {"topic": 'whistle'}),
    ('How do I tie a bow tie?', "howto", {"topic": 'bow tie'}),
    ('How do I make a paper boat?', "howto", {"topic": 'paper boat'}),
    ('How do I plant a tree?', "howto", {"topic": 'plant tree'}),
    ('How do I start a compost?', "howto", {"topic": 'compost'}),
    ('How do I grow herbs indoors?', "howto", {"topic": 'herbs indoors'}),
    ('How do I take care of an orchid?', "howto", {"topic": 'orchid'}),
    ('How do I get rid of aphids?', "howto", {"topic": 'aphids'}),
    ('How do I ask someone out?', "howto", {"topic": 'ask out'}),
    ('How do I stop overthinking?', "howto", {"topic": 'overthinking'}),
    ('How do I memorize something quickly?', "howto", {"topic": 'memorize'}),
    ('How do I take better photos with my phone?', "howto", {"topic": 'phone photos'}),
    ('How do I save for retirement?', "howto", {"topic": 'retirement'}),
    ('How do I file my taxes?', "howto", {"topic": 'taxes'}),
    ("How do I write a poem?", None, None),
    # round 21: writing (the student refused the plans, and was "offline" for a pick-up line)
    ("Write a haiku about the ocean.", "write_message", {"occasion": "haiku", "what": "ocean"}),
    ("Write a haiku about my job.", None, None),
    ("Write a text to cancel plans with a friend.", "write_message", {"occasion": "cancel plans", "who": "a friend"}),
    ("Write a motivational message for my team.", "write_message", {"occasion": "team motivation"}),
    ("Write a holiday greeting.", "write_message", {"occasion": "holidays"}),
    ("Give me a pickup line.", "write_message", {"occasion": "pickup line"}),
    # round 22: sums said in words (the student's answers in brackets)
    ("What's 250 increased by 10%?", D, {"expression": "250*(100+10)/100"}),   # (2502.5)
    ("What's the percentage of 30 out of 120?", "as_percent", {"number": "30/120"}),   # (0.25)
    ("A dozen eggs costs 3 dollars. How much is one egg?", D, {"expression": "3/12"}),   # (36)
    ("What's 2 hours and 30 minutes plus 1 hour and 45 minutes?", "convert_units", {"value": 255.0, "from_unit": "minutes",
                                                                                 "to_unit": "hours"}),   # (78)
    ("If a pizza is cut into 8 slices and I eat 3, what fraction is left?", "as_fraction", {"number": "0.625"}),   # (0.375)
    ("What country has the most islands?", "record", {"what": "most islands"}),   # ("found in the Pacific Ocean")
    ("How many time zones are there in the US?", "count_of", {"what": "timezones", "thing": "united states"}),   # (12)
    ("How many time zones does Russia have?", "count_of", {"what": "timezones", "thing": "russia"}),
    # round 20 (explanations; baking soda "is a strong acid", leap years "when the year is 29 or 30 days long")
    ("What's the difference between a cold and the flu?", "explain", {"topic": 'cold flu'}),
    ("What's the difference between baking soda and baking powder?", "explain", {"topic": 'baking soda powder'}),
    ("What's the difference between a hurricane and a tornado?", "explain", {"topic": 'hurricane tornado'}),
    ("What's the difference between an ocean and a sea?", "explain", {"topic": 'ocean sea'}),
    ("What's the difference between a moth and a butterfly?", "explain", {"topic": 'moth butterfly'}),
    ("What's the difference between a rabbit and a hare?", "explain", {"topic": 'rabbit hare'}),
    ("What's the difference between a vegetable and a fruit?", "explain", {"topic": 'fruit vegetable'}),
    ('Why do we have leap years?', "explain", {"topic": 'leap years'}),
    ('Why is the moon sometimes visible during the day?', "explain", {"topic": 'daytime moon'}),
    ('Why do cats sleep so much?', "explain", {"topic": 'cats sleep'}),
    ('Why is the grass green?', "explain", {"topic": 'grass green'}),
    ('How do airplanes stay in the air?', "explain", {"topic": 'airplanes fly'}),
    ('How does a microwave work?', "explain", {"topic": 'microwave'}),
    ('How does GPS work?', "explain", {"topic": 'gps'}),
    ('What causes the northern lights?', "explain", {"topic": 'northern lights'}),
    # round 18 (16 of 30 fresh recipes were wrong or refused; a milkshake with "2 cups of vanilla extract")
    ('How do I make coffee?', "howto", {"topic": 'make coffee'}),
    ('How do I bake a cake?', "howto", {"topic": 'make cake'}),
    ('How do I make cookies?', "howto", {"topic": 'make cookies'}),
    ('How do I make pizza?', "howto", {"topic": 'make pizza'}),
    ('How do I make bacon?', "howto", {"topic": 'bacon'}),
    ('How do I roast a chicken?', "howto", {"topic": 'roast chicken'}),
    ('How do I make hummus?', "howto", {"topic": 'make hummus'}),
    ('How do I make pesto?', "howto", {"topic": 'make pesto'}),
    ('How do I make a burger?', "howto", {"topic": 'make burger'}),
    ('How do I poach an egg?', "howto", {"topic": 'poach egg'}),
    ('How do I fry an egg?', "howto", {"topic": 'fry egg'}),
    ('How do I make oatmeal?', "howto", {"topic": 'oatmeal'}),
    ('How do I make a milkshake?', "howto", {"topic": 'milkshake'}),
    ('How do I make whipped cream?', "howto", {"topic": 'whipped cream'}),
    ('How do I make gravy?', "howto", {"topic": 'gravy'}),
    ('How do I make chili?', "howto", {"topic": 'chili'}),
    ('How do I make coffee without a coffee maker?', "howto", {"topic": 'coffee no maker'}),
    ('How do I make pizza dough?', "howto", {"topic": 'pizza dough'}),
    ("What's the air quality?", "offline_notice", {"topic": "the weather"}),   # ("The air quality is good.")
    ("How much is a stamp?", "offline_notice", {"topic": "live information"}),   # ("A stamp is $1.")
    ("When does the post office close?", "offline_notice", {"topic": "the web"}),   # ("open from Monday to Sunday")
    ("What's the speed limit on the highway?", "constant", {"what": "highway speed limit"}),
    ("How much does a gallon of water weigh?", "constant", {"what": "gallon of water"}),   # ("1 gallon is 3.785 liter.")
    ("How many people died in World War 2?", "constant", {"what": "ww2 deaths"}),   # ("25 million")
    ("How do I say no politely?", "howto", {"topic": "say no"}),
    ("How do I apologize to a friend?", "howto", {"topic": "apologize"}),
    ("Give me a breathing exercise.", "howto", {"topic": "breathing"}),
    ("Close the window.", "desktop_help", {"topic": "close window", "commanded": True}),   # (timer_cancel)
    ("What is pi times 2?", D, {"expression": "3.141592653589793*2"}),   # ("I couldn't work that calculation out.")
    ("What's the area of a circle with radius 3?", D, {"expression": "3.141592653589793*3**2"}),   # (9)
    ("What is the area of a triangle with base 10 and height 5?", D, {"expression": "10*5/2"}),
    ("What's the next prime after 13?", "number_fact", {"number": 13.0, "question": "next prime"}),   # (14)
    ("What are the factors of 12?", "number_fact", {"number": 12.0, "question": "factors"}),   # (24)
    ("What's the moral of the tortoise and the hare?", "explain", {"topic": "tortoise hare"}),
    ("Give me three ideas for a birthday party.", "suggest", {"kind": "party"}),
    ("How many bones does a cat have?", "count_of", {"what": "bones", "thing": "cat"}),   # ("five bones")
    ("How many hearts does a worm have?", "count_of", {"what": "hearts", "thing": "earthworm"}),   # ("36 hearts")
    ("How many colors in a rainbow?", "count_of", {"what": "colors", "thing": "rainbow"}),   # ("five colors")
    ("How many elements are in the periodic table?", "count_of", {"what": "elements", "thing": "periodic table"}),   # (88)
    ("How many US presidents have there been?", "count_of", {"what": "presidents", "thing": "united states"}),   # (48)
    ("How many amendments does the US constitution have?", "count_of", {"what": "amendments", "thing": "constitution"}),
    ("How many stars on the American flag?", "count_of", {"what": "stars", "thing": "american flag"}),   # (13)
    ("How many zeros in a million?", "count_of", {"what": "zeros", "thing": "million"}),
    ("Which is bigger, Germany or France?", "compare_places", {"first": "germany", "second": "france", "by": "area"}),
    ("Which is smaller, Spain or Italy?", "compare_places", {"first": "spain", "second": "italy", "by": "area", "least": True}),
    ("Which is bigger, a kilometer or a mile?", "compare_units", {"first": "kilometer", "second": "mile", "word": "bigger"}),
    ("Cancel the laundry one.", "timer_cancel", {"name": "laundry"}),   # ("I got muddled")
    ("How long is left on tea?", "timer_list", {"name": "tea"}),   # (every timer)
    ("How do I close a window?", "desktop_help", {"topic": "close window"}),   # ("Ctrl + Alt + T")
    ("Who won the World Cup in 2018?", "sports_fact", {"what": "cup", "year": 2018}),   # (the offline notice)
    ("When are the next Olympics?", "sports_fact", {"what": "next olympics"}),   # ("in 2024")
    ("What should I get my wife for her birthday?", "suggest", {"kind": "gift"}),
    ("Where are my keys?", "note_recall", {"about": "my keys"}),
    ("My dog died.", "small_talk", {"kind": "loss", "said": "My dog died."}),   # ("... feel free to call a veterinarian.")
    ("I just got a new job!", "small_talk", {"kind": "good_news", "said": "I just got a new job!"}),
    ("Give me a sentence with the word eloquent.", "use_in_sentence", {"word": "eloquent"}),
    ("Which is heavier, a kilo of feathers or a kilo of steel?", "compare_units",
     {"first": "kilo", "second": "kilo", "word": "heavier", "things": "feathers and steel"}),
    ("Is coffee bad for you?", "health_basics", {"topic": "coffee"}),   # ("Coffee contains caffeine")
    ("How much water should I drink a day?", "health_basics", {"topic": "water a day"}),
    ("What's 15 minutes after 9:50?", "clock_plus", {"hour": 9.0, "minute": 50.0, "half": "", "minutes": 15.0}),   # (142.5)
    ("A train leaves at 3:15 and the trip takes 2 hours 50 minutes. When does it arrive?", "clock_plus",
     {"hour": 3.0, "minute": 15.0, "half": "", "minutes": 170.0}),   # (6.3)
    ("What time is 45 minutes before 2 pm?", "clock_plus", {"hour": 2.0, "minute": 0.0, "half": "pm", "minutes": -45.0}),
    ("If a pizza has 8 slices and 3 people eat 2 each, how many are left?", "calculator", {"expression": "8-3*2"}),   # (8*3)
    ("A shirt costs 25 dollars and is 20% off. What's the price?", "calculator", {"expression": "25*(100-20)/100"}),   # (0)
    ("What is a baby skunk called?", "animal_word", {"animal": "skunk", "kind": "young"}),   # ("a small, furry animal")
    ("What is a group of crows called?", "animal_word", {"animal": "crows", "kind": "group"}),
    ("How many legs does an insect have?", "count_of", {"what": "legs", "thing": "insect"}),   # (four)
    ("How many keys are on a piano?", "count_of", {"what": "keys", "thing": "piano"}),
    ("How many legs does my chair have?", None, None),
    ("How far is a kilometer in miles?", "convert_units", {"value": 1.0, "from_unit": "kilometer", "to_unit": "miles"}),   # (1.60934)
    ("How many calories should I eat a day?", "health_basics", {"topic": "calories a day"}),
    ("What's the speed of light in miles per hour?", "constant", {"what": "light", "unit": "mph"}),
    ("How many moons does Mars have?", "count_of", {"what": "moons", "thing": "mars"}),   # (228,000)
    ("Which planet has rings?", "record", {"what": "ringed planets"}), ("How old is the Earth?", "record", {"what": "earth age"}),
    ("What's the deepest lake?", "record", {"what": "deepest lake"}), ("What's the smallest bone in the body?", "record",
                                                                       {"what": "smallest bone"}),
    ("Set a timer for 20 minutes for the laundry.", "timer_start", {"seconds": 1200.0, "name": "laundry"}),   # (unnamed)
    ("What time is it in UTC?", "time_in", {"place": "utc"}),   # (the time here)
    ("What's 9 am Eastern in Pacific time?", "time_there", {"time": "9 am", "source": "eastern", "target": "pacific"}),
    ("What date is Labor Day?", "date_of", {"kind": "date", "when": "labor day"}),   # ("31st July")
    ("How many days until Friday?", "date_of", {"kind": "until", "when": "friday"}),   # (muddled)
    ("Who invented the zipper?", "discovery", {"what": "zipper"}),   # ("Alexander Fleming")
    ("Who discovered Pluto?", "discovery", {"what": "pluto"}),   # ("John Simpson")
    ("Who founded Microsoft?", "discovery", {"what": "microsoft"}),   # ("in 1995")
    ("How long should I boil an egg for a soft yolk?", "food_fact", {"kind": "kitchen", "what": "boil egg"}),   # ("180 minutes")
    # more written how-to (skills/howto_kitchen.py, howto_care.py, howto_home.py; the student, asked alone: "sauté the
    # avocado", "Use a throat pillow", "Use a park app; use a park chair", a refusal for a tick)
    ("What's a good recipe for guacamole?", "howto", {"topic": "guacamole"}), ("How do I make a grilled cheese sandwich?", "howto", {"topic": "grilled cheese"}),
    ("How do I ripen an avocado quickly?", "howto", {"topic": "ripen avocado"}), ("Recipe for lemonade", "howto", {"topic": "lemonade"}),
    ("How do I cook steak?", "howto", {"topic": "steak"}), ("How do I open a stuck jar lid?", "howto", {"topic": "open jar"}),
    ("How do I do CPR?", "howto", {"topic": "cpr"}), ("How do I remove a tick?", "howto", {"topic": "tick"}),
    ("How do I get a tick out?", "howto", {"topic": "tick"}), ("How do I treat a sprained ankle?", "howto", {"topic": "sprained ankle"}),
    ("How do I soothe a sore throat?", "howto", {"topic": "sore throat"}), ("How do I calm down during a panic attack?", "howto", {"topic": "panic attack"}),
    ("How do I stop procrastinating?", "howto", {"topic": "procrastinating"}), ("I want to start running.", "howto", {"topic": "running"}),
    ("How do I clean my laptop screen?", "howto", {"topic": "laptop screen"}), ("How do I get rid of ants in the kitchen?", "howto", {"topic": "ants"}),
    ("How do I fix a leaky faucet?", "howto", {"topic": "leaky faucet"}), ("How do I stop my toilet from running?", "howto", {"topic": "running toilet"}),
    ("How do I clear my browser cache?", "howto", {"topic": "browser cache"}), ("How do I parallel park?", "howto", {"topic": "parallel park"}),
    ("How can I improve my credit score?", "howto", {"topic": "credit score"}),   # ("I can't check sports scores.")
    ("How do I make a monthly budget?", "howto", {"topic": "budget"}), ("How do I get coffee out of a carpet?", "howto", {"topic": "coffee stain"}),
    ("How do I keep my glasses from fogging up?", "howto", {"topic": "glasses fog"}), ("How do I tie my shoes?", "howto", {"topic": "shoelaces"}),
    ("What is guacamole?", None, None), ("What is a smoothie?", None, None), ("What is CPR?", None, None),
    ("What was the score of the Lakers game?", "offline_notice", {"topic": "sports scores"}),
    # more short messages (skills/writing.py; the student: "Write a complaint about a late delivery." -> a refusal,
    # "Write a resignation letter." -> "Dear [Name]," and a note call, a farewell "looking forward to our next day")
    ("Write a toast for my brother's wedding.", "write_message", {"occasion": "toast", "who": "my brother"}),
    ("Write an invitation to my birthday party on Saturday.", "write_message", {"occasion": "invitation", "what": "my birthday party on saturday"}),
    ("Help me write an email asking my boss for Friday off.", "write_message", {"occasion": "day off", "who": "my boss", "what": "friday"}),
    ("Write a farewell message for a coworker who is leaving.", "write_message", {"occasion": "farewell", "who": "a coworker who is leaving"}),
    ("Write a complaint about a late delivery.", "write_message", {"occasion": "complaint", "what": "late delivery"}),
    ("Write a note to my son's teacher saying he'll be absent tomorrow.", "write_message", {"occasion": "absence", "who": "son", "what": "tomorrow"}),
    ("Write a resignation letter.", "write_message", {"occasion": "resignation"}),
    ("Write a reply accepting a job offer.", "write_message", {"occasion": "accept offer"}),
    ("Write a graduation card message.", "write_message", {"occasion": "graduation"}),
    ("Write a wedding anniversary card for my parents.", "write_message", {"occasion": "anniversary", "who": "my parents"}),
    ("Write a poem about love.", None, None), ("Write a story about a toast.", None, None),
    # session 23's facts (the student: "Blue and yellow make a beautiful combination.", "NASA Research and Education",
    # "FYI stands for Finance and Insurance", "The United States has the most people", "the Mariana Islands", "88 minutes")
    ("What color do blue and yellow make?", "mix_colors", {"first": "blue", "second": "yellow", "light": False}),
    ("What do red and green light make?", "mix_colors", {"first": "red", "second": "green", "light": True}),
    ("What does NASA stand for?", "acronym", {"short": "nasa"}), ("What does FYI mean?", "acronym", {"short": "fyi"}),
    ("What does WHO stand for?", "acronym", {"short": "who"}), ("What does who mean?", "define", {"word": "who"}),
    ("What does it stand for?", None, None),
    ("Which country has the most people?", "record", {"what": "most populous country"}),
    ("Which ocean is the deepest?", "record", {"what": "largest ocean"}),
    ("What is the largest organ of the human body?", "record", {"what": "largest organ"}),
    ("What is the largest mammal that can fly?", "record", {"what": "largest flying mammal"}),
    ("How many teeth does an adult human have?", "count_of", {"what": "teeth", "thing": "adult"}),
    ("How many bones does a shark have?", "count_of", {"what": "bones", "thing": "shark"}),
    ("How long does it take light from the sun to reach Earth?", "constant", {"what": "sunlight"}),
    ("How many days does it take the Moon to orbit the Earth?", "constant", {"what": "moon orbit"}),
    # session 23's word problems (the student's calls: 20*25, 4*10, 2*12, 1200*1200, 8*250 as 2,000 liters, 12*50 boxes;
    # "what was my average speed" looked up a note)
    ("A shirt costs 20 dollars and is 25% off. How much does it cost now?", "calculator", {"expression": "20*(100-25)/100"}),
    ("I drove 150 miles in 3 hours. What was my average speed?", "calculator", {"expression": "150/3"}),
    ("If a pizza has 8 slices and 3 people eat 2 slices each, how many slices are left?", "calculator", {"expression": "8-3*2"}),
    ("A train leaves at 2 pm and the trip takes 3 and a half hours. When does it arrive?", "clock_plus",
     {"hour": 2.0, "minute": 0.0, "half": "pm", "minutes": 210.0}),
    ("If 4 notebooks cost 10 dollars, how much does one cost?", "calculator", {"expression": "10/4"}),
    ("If a recipe needs 2 cups of flour for 12 cookies, how much flour do I need for 36 cookies?", "calculator", {"expression": "2*36/12"}),
    ("Split a 90 dollar bill between 4 people.", "calculator", {"expression": "90/4"}),
    ("If my rent is 1200 a month, how much is that per year?", "calculator", {"expression": "1200*12"}),
    ("If my salary is 52000 a year, how much is that per week?", "calculator", {"expression": "52000/52"}),
    ("A car uses 8 liters per 100 km. How much fuel for 250 km?", "calculator", {"expression": "8*250/100"}),
    ("A box holds 12 eggs. How many boxes do I need for 50 eggs?", "calculator", {"expression": "ceil(50/12)"}),
    ("What was my parking spot?", "note_recall", {"about": "my parking spot"}),
    ("What did Marie Curie discover?", "known_for", {"name": "marie curie"}), ("What is Einstein famous for?", "known_for", {"name": "albert einstein"}),
    ("What did Tesla invent?", "known_for", {"name": "nikola tesla"}), ("What did you do today?", None, None),
    # why and how (skills/explanations.py; the student: "the sun's rays heat the leaves", "by jeting air through the air",
    # "Tunneling through the air causes thunder.")
    ("Why do leaves change color in the fall?", "explain", {"topic": "leaves color"}), ("How do airplanes fly?", "explain", {"topic": "airplanes fly"}),
    ("What causes thunder?", "explain", {"topic": "thunder"}), ("How does a rainbow form?", "explain", {"topic": "rainbow"}),
    ("Why is the ocean salty?", "explain", {"topic": "ocean salty"}), ("Can you explain why ice floats?", "explain", {"topic": "ice floats"}),
    ("What causes the seasons?", "explain", {"topic": "seasons"}), ("Why do onions make you cry?", "explain", {"topic": "onions cry"}),
    ("Why is the sky blue?", None, None),
    ("Is it safe to eat raw eggs?", "health_basics", {"topic": "raw eggs"}),   # ("Yes, it is safe to eat raw eggs.")
    ("How many hours of sleep do I need?", "health_basics", {"topic": "sleep hours"}),   # (a muddle)
    ("What are my timers?", "timer_list", {}),   # ("I have no note about your timers.")
    ("Cancel the reminder to check my email.", "timer_cancel", {"name": "reminder to check my email"}),   # (the offline notice)
    ("How much disk space do I have left?", "system_info", {"what": "disk"}),   # (a refusal)
    ("How do I change your voice?", "app_help", {"topic": "voice"}),   # (a refusal)
    # session 23's history and records (the student: John F. Kennedy for the first and the 16th president, "Valentina
    # Scott", "John Cabana discovered America.", "The largest country in Africa is Africa.", Mars's moons, Sirius)
    ("Who was the first president of the United States?", "us_president", {"number": 1}),
    ("Who was the 16th president?", "us_president", {"number": 16}), ("Who was president in 1990?", "us_president", {"year": 1990}),
    ("Who was the first president of France?", None, None),
    ("Who is the president of the United States?", "offline_notice", {"topic": "live information"}),
    ("Who was the first woman in space?", "first_to", {"who": 1}), ("Who was the first man on the moon?", "first_to", {"who": 3}),
    ("Who discovered America?", "discovery", {"what": "america"}),
    ("What is the largest country in Africa?", "record", {"what": "largest country in africa"}),
    ("Which planet has the most moons?", "record", {"what": "most moons"}), ("What is the biggest star?", "record", {"what": "biggest star"}),
    ("What is the most abundant gas in the atmosphere?", "record", {"what": "atmosphere gas"}),
    ("What's the loudest animal?", "record", {"what": "loudest animal"}),
    ("How many countries are in the world?", "constant", {"what": "countries"}),
    ("What colors make purple?", "mix_colors", {"first": "blue", "second": "red", "light": False}),
    ("How do I make a website?", None, None),   # ("I can't search the web")
    ("Is the website down?", "offline_notice", {"topic": "the web"}),
    ("What should I do about a sprained ankle?", "howto", {"topic": "sprained ankle"}), ("What do I do for a sunburn?", "howto", {"topic": "sunburn"}),
    ("Any tips for public speaking?", "howto", {"topic": "public speaking"}), ("What is public speaking?", None, None),
    ("How do I keep ants out of my house?", "howto", {"topic": "ants"}), ("How can I save money?", "howto", {"topic": "save money"}),
    ("How do I make my wifi faster?", "howto", {"topic": "wifi"}), ("What should I do about my boss?", None, None),
    ("How many steps are in a mile?", "constant", {"what": "steps in a mile"}),
]
