"""Written how-to, work and study (skills/howto.py matches and says them). The student's own answers, asked alone:
"How do I write a resume?" -> "Use a professional name at the top of the resume. Use a brief summary at the top.", "How
do I ask for a raise?" -> "Ask for a raise by saying, \"I'm excited to discuss a possible raise for my position.\"",
"How do I negotiate salary?" -> "Ask about the market rate and negotiate."."""

from __future__ import annotations

TASKS = {
    # session 25, round 17 (the student: taxes "calling the IRS office at 401(k)"; retirement "in a savings account")
    "retirement": (r"save (?:money )?for (?:my )?retirement|plan for (?:my )?retirement|start a retirement (?:fund|account|plan)",
                   "Start early, even small: growth compounds over decades. If your employer matches pension or 401(k) "
                   "contributions, put in at least enough to get the full match. Use tax-advantaged accounts such as an "
                   "IRA or a workplace pension, invest in low-cost index funds, and raise what you save each time your pay "
                   "goes up."),
    "taxes": (r"(?:file|do|submit|prepare) (?:my |your |our )?(?:taxes|tax return|income tax(?: return)?)",
              "Gather your income forms, such as a W-2 from an employer and 1099s for other income, and records of what "
              "you can deduct. In the US, file with the IRS by mid-April, using its free filing options if your income "
              "qualifies, tax software or a preparer. Other countries have their own dates and forms: check your "
              "government's tax website."),
    "email professor": (r"(?:write|send) (?:an? )?(?:email|e-mail|message) to (?:a |my )?(?:professor|teacher|lecturer|tutor)",
                        "Use your university email and a clear subject, such as \"Question about the essay, Biology 101\". "
                        "Start with \"Dear Professor\" and their name, say who you are and which class, ask your "
                        "question in two or three sentences, and thank them. Sign with your full name."),
    # session 25, round 5 (the student: debt "File a credit card agreement with your bank"; investing "choosing a fund")
    "cover letter": (r"(?:write|make|start) (?:a |an |my )?(?:good )?cover(?:ing)? letter",
                     "Keep it to under a page. Address a person by name if you can. Open with the job you're applying for "
                     "and why you want it, then give two or three examples of what you've done that match what the ad asks "
                     "for. Close by saying you'd welcome an interview, and thank them."),
    "job interview": (r"(?:prepare|get ready) for (?:a |an |my |the )?(?:job )?interview|do well (?:in|at) (?:a |an |my )?(?:job )?"
                      r"interview",
                      "Read about the company and the job ad. Prepare short stories of what you've done, with the "
                      "situation, what you did and the result, and practice answering aloud, including why you want the "
                      "job. Have two or three questions to ask them. Plan the route or test the video call, and arrive "
                      "10 minutes early."),
    "pay off debt": (r"(?:pay off|get out of|clear|reduce) (?:my |your |credit card |student )?debts?",
                     "List every debt with its balance and interest rate. Pay the minimum on all of them, then put every "
                     "extra you can on the one with the highest interest rate, and when it's gone move on to the next. "
                     "Stop adding new debt, and ask lenders about lower rates. A free debt advice service can help."),
    "start investing": (r"(?:start|begin) investing|invest (?:my )?money|get started (?:with|in) investing",
                        "First pay off expensive debt and keep a few months of spending as savings. Then invest for the "
                        "long term, five years or more: a low-cost index fund spreads your money over many companies. "
                        "Use a tax-advantaged account if your country has one, invest a fixed amount every month, and "
                        "don't sell in a panic when prices fall."),
    "productive": (r"(?:be|become|get) more productive|(?:improve|increase|boost) (?:my )?productivity|get more (?:things )?done",
                   "Each evening pick the three most important tasks for tomorrow, and do the hardest first, in the "
                   "morning. Work in focused blocks of 25 to 50 minutes with short breaks, with notifications off. Say no "
                   "to what doesn't matter, and batch small jobs like email into one slot."),
    "resume": (r"(?:write|make|create|put together|improve) (?:a |an |my )?(?:good )?(?:resume|résumé|cv|curriculum vitae)",
               "Keep it to one page, two at most. Start with your name and contact details and a two-line summary, then "
               "your experience, newest first: job title, employer, dates, and three or four points on what you "
               "achieved, with numbers where you can. Then education and skills. Fit it to each job's ad, and check "
               "the spelling twice."),
    "raise": (r"ask (?:for|my boss for|my manager for) (?:a )?(?:raise|pay rise|pay raise|salary increase)|get (?:a )?"
              r"(?:raise|pay rise|pay raise)",
              "Pick a good moment, like after a success or at a review, and book a meeting. Bring evidence: what you've "
              "achieved, the responsibilities you've taken on, and what similar jobs pay. Ask for a specific figure, "
              "stay calm and positive, and if the answer is no, ask what it would take and when you can talk again."),
    "negotiate salary": (r"negotiate (?:a |my |the )?(?:salary|pay|job offer|offer|starting salary)(?: offer)?|negotiate "
                         r"(?:for )?(?:a )?higher (?:salary|pay)",
                         "Research the going rate for the role and place first. Let them name a figure if you can, then "
                         "ask for a specific number near the top of your range, backed by your skills and results. Be "
                         "polite and confident, don't accept on the spot, and if the pay won't move, ask about a bonus, "
                         "more holiday or flexible hours."),
    "presentation": (r"prepare (?:for )?(?:a |my |the )?presentation|(?:do|make|give) a good presentation|"
                     r"(?:get ready|practice) for (?:a |my )?presentation",
                     "Decide the one message people should leave with, and build around three key points. Keep slides "
                     "simple: few words, big pictures. Rehearse out loud, timed, a few times, ideally in front of "
                     "someone. Arrive early to check the equipment, and start by telling people what they'll get from it."),
    "focus": (r"(?:stay|be|keep) focused(?: while| when)? (?:studying|working|at work|on (?:my )?(?:work|studies|homework))|"
              r"(?:focus|concentrate)(?: better)? (?:on|while|when) (?:studying|my studies|work|working|homework|my work)|"
              r"(?:improve|increase) (?:my )?(?:focus|concentration)|(?:focus|concentrate) better",
              "Put your phone in another room and close what you don't need on screen. Work in 25-minute blocks with "
              "5-minute breaks, each with one small, clear goal. Keep water nearby, sleep enough, and do the hardest "
              "part at the time of day you're sharpest."),
}
