"""How to do everyday things on a Linux desktop, asked of a desktop assistant: "How do I take a screenshot?",
"How do I lock my computer?". The student refused them ("Sorry, I can't help with that."). Short answers that
hold on the common desktops (GNOME, KDE Plasma, Xfce, Cinnamon); where they differ, the answer says where to
look. Only a question about one of these topics, asked as a how-to, is taken."""

from __future__ import annotations

import re

from assistant.skills.base import Param, Skill, SkillError, SkillResult

_HOW = r"(?:how (?:do|can|would|should) i|how to|how do you|how can you|how do we|what's the way to|what is the way to|" \
       r"(?:can you )?(?:tell|show) me how to|i want to|i need to|help me)"
# topic -> (its words, the answer)
TOPICS: dict[str, tuple[str, str]] = {
    "screenshot": (r"take (?:a )?(?:screenshot|screen ?shot|screen capture|picture of (?:my|the) screen)|"
                   r"screenshot|capture (?:my|the) screen",
                   "Press the Print Screen key. On most desktops that opens the screenshot tool or saves the picture "
                   "in your Pictures folder; Shift and Print Screen usually lets you pick an area."),
    "lock": (r"lock (?:my |the )?(?:computer|screen|pc|laptop|desktop)",
             "Press Super and L together (the Super key has the Windows logo); on some desktops it is Control, Alt and "
             "L. You can also lock it from the system menu in the top or bottom corner."),
    # "Close the window." went to the timers ("Sorry, I can't do that on this computer.")
    "close window": (r"close (?:a|an|this|the|that|my|the current|all(?: the)?) (?:window|windows|app|apps|program|programs|tab|tabs)|"
                     r"quit (?:this|the) (?:app|program)|minimi[sz]e (?:this|the|all(?: the)?) windows?",
                     "Press Alt and F4 to close the window in front, or Control and W to close a browser tab. Super and D "
                     "shows the desktop on most desktops."),
    "wallpaper": (r"change (?:my |the )?(?:wallpaper|background|desktop background|desktop picture)",
                  "Right-click an empty spot on the desktop and choose Change Background or Desktop Settings, or open "
                  "Settings and look for Background or Appearance."),
    "wifi": (r"connect to (?:the )?(?:wi-?fi|wireless|internet|a network)|(?:turn on|set up) (?:the )?wi-?fi",
             "Click the network icon in the top or bottom corner of the screen, pick your network and type its "
             "password. Settings, then Wi-Fi or Network, shows the same list."),
    "bluetooth": (r"(?:connect|pair) (?:my |a |the )?(?:bluetooth|headphones|earbuds|speaker|mouse|keyboard)(?: \w+)?|"
                  r"turn on (?:the )?bluetooth",
                  "Open Settings, then Bluetooth, switch it on, put your device in pairing mode and click its name "
                  "when it appears."),
    "copy paste": (r"copy and paste|copy (?:and|&) paste|copy paste|paste (?:text|something)",
                   "Select the text, press Control and C to copy, then Control and V to paste. In a terminal it is "
                   "Control, Shift and C, and Control, Shift and V."),
    "frozen app": (r"close (?:a |an )?(?:frozen|stuck|unresponsive|hung) (?:app|application|program|window)|"
                   r"force (?:quit|close) (?:an? )?(?:app|application|program|window)|kill (?:a |an )?(?:frozen )?"
                   r"(?:app|program)",
                   "Try Alt and F4 first. If it stays stuck, open System Monitor, select the program and choose End or "
                   "Kill; when the desktop offers Force Quit, that does the same."),
    "switch windows": (r"switch (?:between )?(?:windows|apps|applications|programs)",
                       "Hold Alt and press Tab to go through the open windows; let go on the one you want. The Super "
                       "key shows them all on most desktops."),
    "disk space": (r"(?:check|see|find) (?:how much )?(?:free )?(?:disk|hard drive|storage) ?(?:space)?(?: is left| left)?|"
                   r"free up (?:disk |hard drive )?space",
                   "Open the Disk Usage Analyzer, or your file manager's Other Locations, to see what is used and free. "
                   "Emptying the trash and clearing your Downloads folder frees space quickly."),
    "find file": (r"find (?:a |my )?(?:file|document|folder)(?: on my computer)?|search for (?:a )?file",
                  "Open the file manager and start typing the file's name, or press the Super key and type it in the "
                  "desktop's search."),
    "terminal": (r"open (?:a |the )?terminal",
                 "Press Control, Alt and T on most desktops, or say: open the terminal."),
    "zoom": (r"zoom (?:in|out)(?: on (?:a |the )?(?:page|screen|website|text))?|make (?:the )?text (?:bigger|larger|smaller)",
             "Hold Control and press plus to zoom in or minus to zoom out; Control and zero goes back to normal size."),
    "undo": (r"undo(?: (?:something|a mistake|that))?", "Press Control and Z. Control, Shift and Z, or Control and Y, "
                                                         "redoes it."),
    # session 25 (the student: "Use the `sudo` command to create a new folder.")
    "new folder": (r"(?:make|create|add) (?:a |an )?(?:new )?(?:folder|directory)(?: on (?:linux|ubuntu|my computer|the desktop))?",
                   "In the file manager, press Control, Shift and N, type the name and press Enter; or right-click an "
                   "empty space and choose New Folder. In a terminal: mkdir, then the name."),
    "zip": (r"(?:zip|compress) (?:a |my |the )?(?:file|folder|files)|make (?:a )?zip(?: file)?",
            "Right-click the file or folder in the file manager and choose Compress, then pick .zip. To open one, "
            "double-click it or choose Extract."),
    "printer": (r"(?:connect|add|set up|install) (?:to )?(?:a |my |the )?printer",
                "Turn the printer on and connect it by USB or to the same Wi-Fi. Open Settings, then Printers, and "
                "choose Add Printer; most are found by themselves. Print a test page to check."),
    "rename": (r"rename (?:a |my )?(?:file|folder)", "Select the file in the file manager and press F2, then type the "
                                                      "new name and press Enter."),
    "trash": (r"empty (?:the |my )?(?:trash|recycle bin|bin)|restore (?:a )?deleted file",
              "Open the Trash in your file manager: Empty removes everything for good, Restore puts a file back."),
    "brightness": (r"(?:change|adjust|turn (?:up|down)|lower|raise|increase|decrease|reduce|boost) (?:the |my )?(?:screen )?"
                   r"brightness|turn (?:the |my )?(?:screen )?brightness (?:up|down)|dim (?:the|my) screen|"
                   r"make (?:the|my) screen (?:brighter|darker|dimmer)|(?:screen )?brightness (?:up|down)",   # (typed short)
                   "Use the brightness keys on your keyboard, often with the Fn key, or the slider in the system menu "
                   "in the top or bottom corner."),
    "keyboard layout": (r"change (?:the |my )?(?:keyboard )?(?:layout|input language|keyboard language)",
                        "Open Settings, then Keyboard or Region and Language, and add the layout you want; Super and "
                        "Space usually switches between them."),
    "update": (r"update (?:my |the )?(?:computer|system|software|apps|linux|pc|ubuntu|debian|fedora|linux mint|mint)|install "
               r"(?:the )?updates",
               "Open Software or Software Updater (Discover on KDE) and install what it offers, or in a terminal "
               "run your system's update command, such as sudo apt update, then sudo apt upgrade."),
    # session 25 (the student refused it)
    "wifi password": (r"(?:find|see|show|get|check|know) (?:my |the |our )?(?:wi ?-?fi|wireless|network|internet) password|"
                      r"what(?: is|'s) (?:my |the |our )?(?:wi ?-?fi|wireless) password",
                      "Open Settings, then Wi-Fi, and click the gear beside the network you're connected to; the Security "
                      "tab shows the password when you tick Show Password. It's often printed on a sticker on the router "
                      "too."),
    "install app": (r"install (?:an? |new )?(?:app|application|program|software)",
                    "Open Software (Discover on KDE), search for the program and click Install."),
    # "How do I reset my password?" got "Press the reset button on your phone."
    "password": (r"(?:reset|change|update) (?:my |the )?(?:login |user |computer |account )?password|"
                 r"change (?:my |the )?password (?:on|for) (?:my |this )?(?:computer|laptop|account)",
                 "To change the password you log in with, open Settings, then Users or Accounts, then Password; in a "
                 "terminal, type passwd. A website's password is reset on that site's sign-in page, with Forgot password."),
    "shut down": (r"(?:shut ?down|turn off|power off|switch off) (?:the |my |this )?(?:computer|pc|laptop|machine)|shut ?down|"
                  r"restart (?:the |my |this )?(?:computer|pc|laptop|machine)",
                  "Open the system menu in the top or bottom corner and choose Power Off or Restart; your open work "
                  "should be saved first."),
    "dark mode": (r"(?:switch to|turn on|enable|use) (?:the )?dark (?:mode|theme)|(?:switch to|turn on|enable|use) (?:the )?"
                  r"light (?:mode|theme)",
                  "Open Settings, then Appearance, and choose Dark or Light (on KDE: Global Theme, Breeze Dark)."),
    "do not disturb": (r"(?:turn on|enable|switch on|set) do not disturb|(?:turn off|mute|silence) (?:the |my )?notifications",
                       "Open the notification list, usually by clicking the clock, and switch on Do Not Disturb; in "
                       "Settings, Notifications has the same switch."),
    # "Play some music." -> "I'm offline, so I can't check music." (the model)
    "music": (r"play (?:some |me some |me a |a |the |the next |the previous |my )?(?:[\w'-]+ )?(?:music|songs?|tunes|playlist|radio|podcast)|"
              r"(?:next|skip (?:this|the)|previous) (?:song|track)|(?:pause|stop|resume) the (?:music|song)|play (?:something|anything)|"
              # "Play some jazz." (session 24; the student: "I'm listening to some jazz. It's a great way to relax.")
              r"(?:play|put on) (?:me )?(?:some |a little |the )?(?:jazz|rock|pop|classical|country|hip hop|rap|blues|reggae|"
              r"metal|lo-?fi|chill|relaxing|soft|christmas|background|dance|party)(?: music| songs?| playlist| radio)?|"
              r"(?:put on) (?:some |a little )?(?:music|songs|tunes)|play (?:the song )?[\w' -]+ by [\w' -]+",
              "Open your music player, for example by saying \"open Rhythmbox\" or the name of the app you use, and play "
              "from there; the media keys on your keyboard pause and skip songs in most players."),
}
# Said as a command ("Take a screenshot.", "Lock the screen."): what the assistant cannot do itself is said, then how
# (the student: "I can't take a screenshot.", and nothing more)
_COMMANDS = ("screenshot", "lock", "close window", "trash", "brightness", "update", "shut down", "dark mode", "do not disturb", "music",
             "wifi", "bluetooth")   # ("Turn on Bluetooth." -> "I'm offline, so I can't turn on Bluetooth.", made up)
_COMMANDED = {topic: re.compile(rf"^(?:(?:can|could|would) you |please )?(?:{TOPICS[topic][0]})(?: for me)?(?: please)?$")
              for topic in _COMMANDS}
_COMPILED = {topic: re.compile(rf"^{_HOW} (?:{words})(?: on (?:linux|ubuntu|debian|my computer|this computer|my pc|my "
                                rf"laptop))?$") for topic, (words, _) in TOPICS.items()}


def asked(text: str) -> dict | None:
    """desktop_help's arguments for a how-to question about the desktop, or a command the assistant can only
    explain (cleaned text), or None."""
    for topic, pattern in _COMPILED.items():
        if pattern.match(text.rstrip("?. ")):
            return {"topic": topic}
    for topic, pattern in _COMMANDED.items():
        if pattern.match(text.rstrip("?. ")):
            return {"topic": topic, "commanded": True}
    return None


def desktop_help(topic: str, commanded: bool = False) -> SkillResult:
    if topic not in TOPICS:
        raise SkillError(f"I have no help about {topic}.")
    said = TOPICS[topic][1]
    return SkillResult(("I can't do that myself, but here's how. " if commanded else "") + said, {"topic": topic})


SKILL = Skill("desktop_help", "How to do an everyday thing on the desktop.",
              {"topic": Param(str, choices=tuple(TOPICS)), "commanded": Param(bool, required=False)}, desktop_help,
              for_model=False)
