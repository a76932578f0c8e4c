"""Demo groups, members and conversations for `manage.py seed_demo`.

Plain Python data with no Django imports, so it can be read, linted and tested on
its own. Everything here is fictional: pseudonymous members, no real people,
organisations or products, and no phone numbers.

The text follows the safe-messaging rules in SAFETY.md: warm, non-graphic peer
conversation; no method details; no weights, calorie counts, BMI, measurements or
clothing sizes; suicidal thoughts appear only in the past tense, in recovery
language, with the `suicide` warning ticked. Authors tick content warnings the way
a careful member would.

Structure
---------
GROUPS   list of dicts: slug, name, description (Markdown), visibility
         ("public" | "private"), join_policy ("open" | "approval"),
         default_warnings (tuple of warning slugs).
MEMBERS  list of dicts: username, groups (tuple of group slugs).
THREADS  list of dicts: group, title (<= 150 chars), warnings (tuple the author
         ticks on the thread, the same as the opening post's), posts (list; the
         first is the opening post, the rest are replies in order), and optional
         pinned / locked flags. Each post has author, body (Markdown), warnings
         and, optionally, quote: the index of an earlier post in the same thread.
"""

GROUPS = [
    {
        "slug": "bipolar",
        "name": "Bipolar peer support",
        "description": (
            "A space for people living with bipolar disorder to share what helps, "
            "compare notes on the ups and downs, and cheer each other on. "
            "**Experiences, not prescriptions.**"
        ),
        "visibility": "public",
        "join_policy": "open",
        "default_warnings": (),
    },
    {
        "slug": "eating-disorder-recovery",
        "name": "Eating disorder recovery",
        "description": (
            "A private, moderated group for anyone in recovery from an eating disorder. "
            "We talk about feelings, wins and setbacks, and we never share numbers."
        ),
        "visibility": "private",
        "join_policy": "approval",
        "default_warnings": ("eating_disorder",),
    },
    {
        "slug": "anxiety",
        "name": "Anxiety and panic",
        "description": (
            "For anyone living with anxiety, panic attacks or worry that won't switch off. "
            "Swap grounding tricks, celebrate small wins and know you're not the only one."
        ),
        "visibility": "public",
        "join_policy": "open",
        "default_warnings": (),
    },
    {
        "slug": "carers",
        "name": "Carers and supporters",
        "description": (
            "For partners, parents, friends and family who support someone with a "
            "mental-health condition. *Your wellbeing matters too.*"
        ),
        "visibility": "public",
        "join_policy": "open",
        "default_warnings": (),
    },
    {
        "slug": "self-harm-recovery",
        "name": "Self-harm recovery",
        "description": (
            "A moderated space for people who self-harm or have done in the past, "
            "wherever they are in recovery. No method or injury details, ever."
        ),
        "visibility": "public",
        "join_policy": "approval",
        "default_warnings": ("self_harm",),
    },
    {
        "slug": "depression",
        "name": "Living with depression",
        "description": (
            "Some days this is a chatty group, some days it's one post saying "
            "'today is hard'. Both are welcome here."
        ),
        "visibility": "public",
        "join_policy": "open",
        "default_warnings": (),
    },
]

MEMBERS = [
    # Demo logins.
    {"username": "sam_member", "groups": ("bipolar", "anxiety", "carers")},
    {"username": "riley_groupmod", "groups": ("bipolar", "eating-disorder-recovery")},
    {"username": "jordan_globalmod", "groups": ("anxiety", "carers", "self-harm-recovery", "depression")},
    {"username": "alex_admin", "groups": ("bipolar", "depression")},
    # Everyone else.
    {"username": "tidewatcher", "groups": ("bipolar", "anxiety")},
    {"username": "moth_and_lamp", "groups": ("bipolar", "depression")},
    {"username": "quietfern", "groups": ("eating-disorder-recovery", "anxiety")},
    {"username": "northstar_k", "groups": ("bipolar", "carers")},
    {"username": "pebble-path", "groups": ("self-harm-recovery", "depression")},
    {"username": "lantern_jo", "groups": ("carers", "anxiety")},
    {"username": "saltmarsh", "groups": ("bipolar",)},
    {"username": "kettle_on", "groups": ("depression", "anxiety", "carers")},
    {"username": "bramble_and_rain", "groups": ("eating-disorder-recovery", "depression")},
    {"username": "ferrywoman", "groups": ("carers",)},
    {"username": "slow_tide", "groups": ("self-harm-recovery", "anxiety")},
    {"username": "oak_and_ash", "groups": ("bipolar", "depression")},
    {"username": "wren_sings", "groups": ("eating-disorder-recovery",)},
    {"username": "cloudberry", "groups": ("anxiety", "eating-disorder-recovery")},
    {"username": "harbourlight", "groups": ("carers", "depression")},
    {"username": "mapleleaf_m", "groups": ("bipolar", "carers")},
    {"username": "inkblot_rae", "groups": ("self-harm-recovery", "bipolar")},
    {"username": "sundial", "groups": ("depression",)},
    {"username": "glasshouse", "groups": ("anxiety",)},
    {"username": "tin_whistle", "groups": ("bipolar", "anxiety")},
    {"username": "driftwood_dan", "groups": ("carers", "depression")},
    {"username": "seaglass", "groups": ("self-harm-recovery", "eating-disorder-recovery")},
    {"username": "morning_pages", "groups": ("eating-disorder-recovery", "anxiety")},
    {"username": "puddle_jumper", "groups": ("anxiety", "depression")},
    {"username": "kestrel-h", "groups": ("bipolar",)},
    {"username": "rowan_tree", "groups": ("carers", "self-harm-recovery")},
    {"username": "starling_b", "groups": ("depression", "self-harm-recovery")},
    {"username": "marigold_s", "groups": ("eating-disorder-recovery", "carers")},
    {"username": "fogbound", "groups": ("anxiety", "bipolar")},
    {"username": "night_owl_77", "groups": ("depression", "bipolar")},
    {"username": "copper_kettle", "groups": ("carers",)},
    {"username": "soft_landing", "groups": ("self-harm-recovery",)},
    {"username": "bluebell_w", "groups": ("eating-disorder-recovery",)},
    {"username": "gullwing", "groups": ("anxiety", "carers")},
]

THREADS = [
    # ------------------------------------------------------------------ bipolar
    {
        "group": "bipolar",
        "title": "Welcome — how this group works",
        "warnings": (),
        "pinned": True,
        "locked": False,
        "posts": [
            {
                "author": "riley_groupmod",
                "body": (
                    "Hi and welcome to **Bipolar peer support**. This is a space for people "
                    "living with bipolar disorder to swap experiences, ask questions and "
                    "cheer each other on.\n\n"
                    "A few things that keep this place working:\n\n"
                    "- **Share experiences, not prescriptions.** Talking about how a medication "
                    "felt for you is welcome; telling someone to change a dose is not. That's a "
                    "conversation for their prescriber.\n"
                    "- **Tick a content warning** if your post touches on suicide, self-harm, "
                    "eating, substances or abuse. Readers choose what they see.\n"
                    "- **Leave out method details**, always. Moderators will gently edit them out "
                    "if they slip in, and we'll tell you why.\n"
                    "- **Be kind**, including to yourself.\n\n"
                    "If you need help right now, the *Need help now?* link at the top of every "
                    "page lists crisis lines for your country. The full guidelines are here: "
                    "[community guidelines](https://example.org/harbour/guidelines).\n\n"
                    "Say hello below if you like. No pressure."
                ),
                "warnings": (),
            },
            {
                "author": "tidewatcher",
                "body": (
                    "Hello! Been lurking for a few weeks. Diagnosed a couple of years ago and "
                    "still learning my own patterns. Nice to find people who get it."
                ),
                "warnings": (),
            },
            {
                "author": "sam_member",
                "body": (
                    "Hi all. I'm here for myself and also because my partner has a diagnosis "
                    "too, so you'll see me in the carers group as well. Glad this place exists."
                ),
                "warnings": (),
            },
            {
                "author": "alex_admin",
                "body": (
                    "Welcome both. If anything on the site doesn't work the way you'd expect, "
                    "or you spot something that needs a moderator, use the *Report* button on "
                    "the post. It comes straight to us."
                ),
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "How do you notice a high coming on before it turns into a full episode?",
        "warnings": (),
        "posts": [
            {
                "author": "tidewatcher",
                "body": (
                    "I've had two hypomanic episodes this year and both times I only realised "
                    "afterwards, when I looked at my bank statement and my sent messages. My care "
                    "coordinator wants me to write a list of early warning signs, but honestly I'm "
                    "stuck: in the moment everything just feels *good*.\n\n"
                    "What are your early signs? And how do you catch them when your brain is "
                    "telling you everything is fine?"
                ),
                "warnings": (),
            },
            {
                "author": "saltmarsh",
                "body": (
                    "Mine, roughly in the order they show up:\n\n"
                    "1. I need less sleep and don't feel tired\n"
                    "2. I start lots of projects at once (the shed is full of them)\n"
                    "3. I talk faster and interrupt people\n"
                    "4. Online shopping baskets get *very* full\n\n"
                    "The thing that helped most was giving the list to my sister. She notices "
                    "the talking-fast one way before I do."
                ),
                "warnings": (),
            },
            {
                "author": "oak_and_ash",
                "body": (
                    "Sleep is my big one too. If I'm awake and buzzing at silly o'clock two nights "
                    "running, that's my cue to call my care team, even if I feel great. "
                    "*Especially* if I feel great."
                ),
                "warnings": (),
            },
            {
                "author": "sam_member",
                "body": (
                    "The bit about giving the list to someone else is so true. My partner and I "
                    "agreed on a code phrase I can use when I notice things, so it doesn't feel "
                    "like an accusation. Something daft like 'shall we put the kettle on?' means "
                    "'I think you might be getting high, can we check in?'"
                ),
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "kestrel-h",
                "body": (
                    "I have a rule that I don't make any big decisions or purchases without "
                    "waiting two days. Doesn't always work, but it's saved me a few times."
                ),
                "warnings": (),
            },
            {
                "author": "tin_whistle",
                "body": (
                    "For me it's music. Suddenly every song feels like it was written about me "
                    "and I'm playing everything really loud. Took me years to see that as a sign "
                    "rather than just a good mood."
                ),
                "warnings": (),
            },
            {
                "author": "riley_groupmod",
                "body": (
                    "Lovely thread. If it helps anyone, there's a simple worksheet here: "
                    "[early warning signs template](https://example.org/resources/early-warning-signs). "
                    "Filling it in with your care team or someone you trust tends to work "
                    "better than doing it alone."
                ),
                "warnings": (),
            },
            {
                "author": "tidewatcher",
                "body": (
                    "Thank you all, this is so helpful. I've started my list with sleep, spending "
                    "and the loud music one (that is **so** me). Going to share it with my "
                    "brother this weekend."
                ),
                "warnings": (),
                "quote": 5,
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "Side effects: anyone else feel foggy on a new mood stabiliser?",
        "warnings": (),
        "posts": [
            {
                "author": "moth_and_lamp",
                "body": (
                    "Started a new mood stabiliser about three weeks ago. My mood is steadier, "
                    "which is great, but I feel like I'm thinking through cotton wool, and I'm "
                    "thirsty all the time. Did this settle for anyone? My review is next month "
                    "and it feels a long way off."
                ),
                "warnings": (),
            },
            {
                "author": "night_owl_77",
                "body": (
                    "The fog was rough for me for the first month or so and then eased a lot. "
                    "Thirst too. I'd still mention it before your review though. You can usually "
                    "ring the team or your GP sooner; you don't have to wait."
                ),
                "warnings": (),
            },
            {
                "author": "alex_admin",
                "body": (
                    "Just a gentle note from the moderators: everyone reacts differently, so "
                    "please don't change or stop anything without talking to your prescriber "
                    "first. Sharing how it felt for you is really welcome though. That's what "
                    "this group is for."
                ),
                "warnings": (),
            },
            {
                "author": "fogbound",
                "body": (
                    "'Thinking through cotton wool' is exactly how I'd have described it. I kept a "
                    "little notebook of side effects with dates, which made the conversation with "
                    "my doctor much easier. They adjusted things and I feel much more like myself now."
                ),
                "warnings": (),
                "quote": 0,
            },
            {
                "author": "moth_and_lamp",
                "body": (
                    "That's reassuring. I'll ring the team on Monday rather than wait, and start "
                    "a notebook. Thanks for not making me feel daft for asking."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "Small win: I kept my sleep routine for a whole month",
        "warnings": (),
        "posts": [
            {
                "author": "night_owl_77",
                "body": (
                    "Not a huge thing to anyone else but: **one whole month** of the same bedtime "
                    "and wake-up time, even at weekends. Phone goes in the kitchen at ten. I used to "
                    "be the worst night owl (hence the name) and I really think it's why my mood "
                    "has been steadier lately."
                ),
                "warnings": (),
            },
            {
                "author": "kestrel-h",
                "body": "That's not small at all! Sleep is the foundation for so much. Well done.",
                "warnings": (),
            },
            {
                "author": "saltmarsh",
                "body": (
                    "Phone in the kitchen is a great idea. Mine is always *just checking one "
                    "thing* at midnight. Might steal this."
                ),
                "warnings": (),
            },
            {
                "author": "night_owl_77",
                "body": (
                    "Do it! The first week was awful, I kept wandering through to check it. "
                    "Buying a cheap alarm clock helped."
                ),
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "Telling my manager about my diagnosis — did it go okay for you?",
        "warnings": (),
        "posts": [
            {
                "author": "mapleleaf_m",
                "body": (
                    "I'm going back to work after a few months off and I'm thinking about telling "
                    "my manager I have bipolar. Part of me thinks it would help (I'd like to ask "
                    "for a phased return and no late shifts for now), part of me is scared it'll "
                    "change how they see me.\n\n"
                    "If you've told work, how did it go? Anything you wish you'd done differently?"
                ),
                "warnings": (),
            },
            {
                "author": "oak_and_ash",
                "body": (
                    "I told mine last year. I kept it short and practical: what the condition "
                    "means *for work*, what helps, and what I'd like them to do if they notice "
                    "I'm struggling. Most managers respond better to 'here is what helps' than "
                    "to a long explanation."
                ),
                "warnings": (),
            },
            {
                "author": "tin_whistle",
                "body": (
                    "Mixed experience for me. First job it went badly, second job brilliantly. "
                    "Honestly I think that said more about the workplace than about me. If you "
                    "have HR or an occupational health service, they can be a useful go-between."
                ),
                "warnings": (),
            },
            {
                "author": "sam_member",
                "body": (
                    "It might help to write it down first, even if you end up saying it out "
                    "loud. Something like:\n\n"
                    "- I have a health condition that affects my mood\n"
                    "- Things that help: regular hours, no late shifts for now, a check-in every "
                    "couple of weeks\n"
                    "- If you notice I'm not myself, please ask me privately\n\n"
                    "You get to decide how much detail to share."
                ),
                "warnings": (),
            },
            {
                "author": "mapleleaf_m",
                "body": (
                    "This is brilliant, thank you. Seeing it as a short list rather than a "
                    "confession makes it feel much more doable."
                ),
                "warnings": (),
                "quote": 3,
            },
            {
                "author": "mapleleaf_m",
                "body": (
                    "**Update:** I told her today. She was really kind, said her brother has "
                    "bipolar too, and we agreed a phased return with no late shifts for the first "
                    "few months. Still feeling a bit exposed, but mostly relieved."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "Benefits review form is doing my head in",
        "warnings": (),
        "posts": [
            {
                "author": "northstar_k",
                "body": (
                    "Got the renewal form for my disability benefit and it's forty-odd pages. "
                    "Every question makes me feel like I have to prove how bad things are, which "
                    "leaves me low for days. How do you all tackle these?"
                ),
                "warnings": (),
            },
            {
                "author": "saltmarsh",
                "body": (
                    "Ugh, I feel this. Things that helped me:\n\n"
                    "- Do **one section a day**, not the whole thing\n"
                    "- Describe your *worst* days and how often they happen, not your best day\n"
                    "- Ask your care coordinator or GP for a supporting letter\n"
                    "- Keep a copy of everything you send\n\n"
                    "And plan something nice for after each session."
                ),
                "warnings": (),
            },
            {
                "author": "mapleleaf_m",
                "body": (
                    "A local advice centre helped me fill mine in last time. They knew exactly "
                    "what the questions were really asking. Worth searching for free benefits "
                    "advice in your area."
                ),
                "warnings": (),
            },
            {
                "author": "tidewatcher",
                "body": (
                    "The 'prove how bad it is' feeling is real. I try to remind myself that "
                    "writing it down honestly isn't the same as it being my whole life. It's "
                    "just the form."
                ),
                "warnings": (),
                "quote": 0,
            },
            {
                "author": "northstar_k",
                "body": (
                    "Thank you. Did two sections today and booked an appointment with an advice "
                    "service for the rest. Treating myself to chips."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "Coming out of a mixed episode — how do you deal with the guilt afterwards?",
        "warnings": ("suicide",),
        "posts": [
            {
                "author": "inkblot_rae",
                "body": (
                    "I'm finally out the other side of a mixed episode that lasted most of the "
                    "spring. It was the hardest one I've had: agitated and exhausted at the same "
                    "time, and for a few weeks I had suicidal thoughts again, which I hadn't had "
                    "in years. I told my care coordinator, we made a safety plan together, and I "
                    "stuck to it. I'm safe and much steadier now.\n\n"
                    "What I'm struggling with is the guilt. I snapped at people I love and "
                    "cancelled on everyone. How do you forgive yourself after an episode?"
                ),
                "warnings": ("suicide",),
            },
            {
                "author": "kestrel-h",
                "body": (
                    "First, I'm really glad you told your care coordinator and that you're "
                    "feeling steadier. That took a lot.\n\n"
                    "On the guilt: I try to remember the episode was the illness, not a character "
                    "flaw. I did apologise to a couple of people, simply and without "
                    "over-explaining, and most of them were just glad to have me back."
                ),
                "warnings": (),
            },
            {
                "author": "moth_and_lamp",
                "body": (
                    "After my last one I sent a short message to my closest friends: 'I've been "
                    "really unwell, I'm sorry I went quiet, I'm on the mend and I'd love to see "
                    "you.' It took the pressure off having big conversations with everyone one "
                    "by one."
                ),
                "warnings": (),
            },
            {
                "author": "riley_groupmod",
                "body": (
                    "Thank you for sharing this so carefully, inkblot_rae. For anyone reading "
                    "who is having thoughts like these *now*: you don't have to wait for things "
                    "to get worse. The **Need help now?** link at the top of the page has crisis "
                    "lines, and your care team or GP want to hear from you."
                ),
                "warnings": ("suicide",),
            },
            {
                "author": "oak_and_ash",
                "body": (
                    "The guilt eased for me with time and with therapy. Being kind to yourself "
                    "is a skill, and you can practise it. You're already doing it by asking "
                    "this question."
                ),
                "warnings": (),
            },
            {
                "author": "inkblot_rae",
                "body": (
                    "I think I'll borrow that message almost word for word. Thank you all. "
                    "I feel less alone with this."
                ),
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "Mood tracking — paper, app or spreadsheet?",
        "warnings": (),
        "posts": [
            {
                "author": "fogbound",
                "body": (
                    "My psychiatrist wants me to track my mood every day. What do you use? I've "
                    "tried apps before but I get bored of them after a week."
                ),
                "warnings": (),
            },
            {
                "author": "saltmarsh",
                "body": (
                    "Paper diary by my bed. A score from -5 to +5, hours of sleep, and one line "
                    "about the day. Low effort is key for me."
                ),
                "warnings": (),
            },
            {
                "author": "tin_whistle",
                "body": (
                    "Spreadsheet person here, with colour coding (green for steady, orange for "
                    "up, blue for down). Seeing a whole year of colour is weirdly satisfying, and "
                    "it's helped my team spot seasonal patterns."
                ),
                "warnings": (),
            },
            {
                "author": "night_owl_77",
                "body": (
                    "There's a free printable one I like: "
                    "[monthly mood chart](https://example.org/resources/mood-chart-printable). "
                    "It goes on the fridge so I can't ignore it."
                ),
                "warnings": (),
            },
            {
                "author": "kestrel-h",
                "body": (
                    "The -5 to +5 scale is the one I use too. I add a tick if I took my meds and "
                    "a note if something big happened. Makes reviews much quicker."
                ),
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "fogbound",
                "body": (
                    "Going to try paper with the fridge chart. Less screen time at night too, "
                    "which can only help."
                ),
                "warnings": (),
            },
            {
                "author": "mapleleaf_m",
                "body": (
                    "Late to this, but whatever you pick, it's okay to miss days. I used to give "
                    "up entirely after missing one. Now I just carry on the next day."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "Weekly check-in: how's everyone doing?",
        "warnings": (),
        "posts": [
            {
                "author": "kestrel-h",
                "body": (
                    "New week, new thread. How are you doing, honestly? One word, one sentence "
                    "or a whole essay, all welcome.\n\n"
                    "Me: steady-ish. Bit tired, but the normal kind of tired."
                ),
                "warnings": (),
            },
            {
                "author": "saltmarsh",
                "body": "Flat. Not low exactly, just grey. Going for a walk after this.",
                "warnings": (),
            },
            {
                "author": "tidewatcher",
                "body": "Good week! Got my early warning signs list done and shared it with my brother.",
                "warnings": (),
            },
            {
                "author": "moth_and_lamp",
                "body": "The fog from the new meds is lifting a bit. Cautiously optimistic.",
                "warnings": (),
            },
            {
                "author": "sam_member",
                "body": "Busy. My partner is having a rough time so I'm in carer mode more than me mode.",
                "warnings": (),
            },
            {
                "author": "kestrel-h",
                "body": (
                    "Sending you strength, sam. Don't forget the carers group if you need "
                    "somewhere to offload too."
                ),
                "warnings": (),
                "quote": 4,
            },
            {
                "author": "oak_and_ash",
                "body": (
                    "Slightly up, and watching it. Sleeping okay so I'm not worried yet, but "
                    "I've asked my partner to keep an eye out."
                ),
                "warnings": (),
            },
            {
                "author": "northstar_k",
                "body": "Finished the benefits form!! Posted it this morning. Feels like a weight off.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "bipolar",
        "title": "Told my parents, ten years after my diagnosis",
        "warnings": (),
        "posts": [
            {
                "author": "oak_and_ash",
                "body": (
                    "I was diagnosed ten years ago and never told my parents. They knew I'd "
                    "'had a rough patch', but that's it. Last weekend I finally told them "
                    "properly. Mum cried, Dad went quiet, and then Dad asked if there was "
                    "something he could read so he'd understand. I didn't expect that.\n\n"
                    "Not really asking anything, just needed to tell someone."
                ),
                "warnings": (),
            },
            {
                "author": "tin_whistle",
                "body": (
                    "That's huge. Ten years of carrying that on your own. Your dad asking to "
                    "learn more is such a good sign."
                ),
                "warnings": (),
            },
            {
                "author": "mapleleaf_m",
                "body": (
                    "This made me a bit teary. I'm so glad it went well. If your dad wants "
                    "something to read, the carers group here has some lovely threads."
                ),
                "warnings": (),
            },
            {
                "author": "oak_and_ash",
                "body": "Good idea, I'll point him at it. Thank you both.",
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    # ------------------------------------------------- eating-disorder-recovery
    {
        "group": "eating-disorder-recovery",
        "title": "Welcome — please read before posting",
        "warnings": ("eating_disorder",),
        "pinned": True,
        "locked": False,
        "posts": [
            {
                "author": "riley_groupmod",
                "body": (
                    "Welcome to **Eating disorder recovery**. This group is private: only "
                    "approved members can see or post here.\n\n"
                    "To keep it safe for everyone, wherever you are in recovery:\n\n"
                    "- **No numbers.** Please don't share weights, calorie counts, measurements "
                    "or clothing sizes. The site hides them from readers who haven't opted in, "
                    "but it's kinder to leave them out altogether.\n"
                    "- **No comparing** bodies, meals, or how unwell anyone is or was.\n"
                    "- **No tips or tricks** that could feed the eating disorder. Posts like that "
                    "will be removed, and we'll get in touch to explain why.\n"
                    "- Talk about **feelings, wins, setbacks and support**. That's what this "
                    "space is for.\n\n"
                    "Every post here carries an eating-disorder content warning by default. If "
                    "you need help now, use the **Need help now?** link at the top of the page."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "wren_sings",
                "body": (
                    "Thank you for the clear rules. The no-numbers rule is why I feel safe "
                    "posting here and nowhere else."
                ),
                "warnings": (),
            },
            {
                "author": "bluebell_w",
                "body": (
                    "Hi everyone. Just got approved. Early days in recovery and a bit nervous, "
                    "but glad to be here."
                ),
                "warnings": (),
            },
            {
                "author": "riley_groupmod",
                "body": (
                    "Welcome, bluebell_w. Nervous is completely normal. Read around for a bit "
                    "and post whenever you feel ready."
                ),
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    {
        "group": "eating-disorder-recovery",
        "title": "Finished every meal on my plan this week",
        "warnings": ("eating_disorder",),
        "posts": [
            {
                "author": "quietfern",
                "body": (
                    "Posting here because I can't really say this anywhere else without it being "
                    "weird: I finished **every meal and snack on my plan** this week. Every single "
                    "one. Some of them took forever and I cried over a sandwich on Wednesday, but "
                    "I did it."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "cloudberry",
                "body": (
                    "This is HUGE. Crying over a sandwich and eating it anyway is real courage. "
                    "So proud of you."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "bluebell_w",
                "body": (
                    "This gives me hope. I'm on my second week of a meal plan and every snack "
                    "feels like a mountain."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "quietfern",
                "body": (
                    "It does get a little less mountainous, I promise. What helped me was having "
                    "something ready to do straight after: a podcast, a puzzle, texting a friend. "
                    "The after-feelings need somewhere to go."
                ),
                "warnings": ("eating_disorder",),
                "quote": 2,
            },
            {
                "author": "riley_groupmod",
                "body": (
                    "Lovely to see this, quietfern. Remember this week next time the voice says "
                    "you can't. You have evidence now."
                ),
                "warnings": (),
            },
            {
                "author": "seaglass",
                "body": "Celebrating with you! 🎉",
                "warnings": (),
            },
        ],
    },
    {
        "group": "eating-disorder-recovery",
        "title": "Eating out with friends for the first time in ages",
        "warnings": ("eating_disorder",),
        "posts": [
            {
                "author": "morning_pages",
                "body": (
                    "My friends have booked a table for a birthday dinner next Saturday and I "
                    "said yes before I could talk myself out of it. Now I'm panicking. My "
                    "dietitian says it's a good step and we've made a plan, but I'd love to hear "
                    "how others got through their first meal out."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "wren_sings",
                "body": (
                    "Things that helped me:\n\n"
                    "- Looking at the menu online and choosing *before* I got there\n"
                    "- Telling one friend, so I had an ally at the table\n"
                    "- Focusing on the conversation, not the plate\n"
                    "- Having a plan for afterwards (mine was going home to a film and a blanket)"
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "marigold_s",
                "body": (
                    "Choosing beforehand was the game changer for me too. Sitting at the table "
                    "trying to decide was where the panic lived."
                ),
                "warnings": ("eating_disorder",),
                "quote": 1,
            },
            {
                "author": "bramble_and_rain",
                "body": (
                    "Something I found helpful: it's okay if it isn't perfect. If you go, sit "
                    "with your friends and eat something, that's a win, even if it's not exactly "
                    "what you planned."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "morning_pages",
                "body": (
                    "Telling one friend is a good idea. My oldest friend knows a bit about my "
                    "recovery. I'll ask if she'll sit next to me."
                ),
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "cloudberry",
                "body": (
                    "Rooting for you. Also, it's a birthday: the focus is on the birthday person, "
                    "which can actually take a bit of pressure off."
                ),
                "warnings": (),
            },
            {
                "author": "riley_groupmod",
                "body": (
                    "Great advice here. Whatever happens, come back and tell us how it went. "
                    "We'd love to hear."
                ),
                "warnings": (),
            },
            {
                "author": "morning_pages",
                "body": (
                    "**Update:** I went! I picked my meal the night before, my friend sat next to "
                    "me and squeezed my hand once under the table, and I ate it. I even had some "
                    "of the birthday cake. Came home exhausted but really proud."
                ),
                "warnings": ("eating_disorder",),
            },
        ],
    },
    {
        "group": "eating-disorder-recovery",
        "title": "Body image days — what gets you through?",
        "warnings": ("eating_disorder",),
        "posts": [
            {
                "author": "bramble_and_rain",
                "body": (
                    "Had one of those days where everything I put on felt wrong and I ended up "
                    "back in pyjamas by ten. My head gets so loud about my body when I'm tired. "
                    "What do you do on those days?"
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "wren_sings",
                "body": (
                    "Comfy clothes that fit me *now*. I gave away things from when I was unwell. "
                    "It hurt at the time, but it's so much easier not having them staring at me "
                    "from the wardrobe."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "seaglass",
                "body": (
                    "I aim for body *neutrality* rather than loving my body. I think about what it "
                    "does: it carried me up the hill to see the sea last week, it hugs my niece. "
                    "That's easier than trying to like how it looks."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "quietfern",
                "body": (
                    "Unfollowing accounts that made me compare. My feed is now dogs, gardening "
                    "and terrible puns. Highly recommend."
                ),
                "warnings": (),
            },
            {
                "author": "bramble_and_rain",
                "body": "Neutrality feels much more reachable than love right now. I like that.",
                "warnings": (),
                "quote": 2,
            },
            {
                "author": "marigold_s",
                "body": (
                    "Telling my therapist when it's bad, rather than pretending it isn't. Body "
                    "image days are often about something else for me, like stress or feeling "
                    "out of control."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "riley_groupmod",
                "body": (
                    "So much wisdom here. There's a gentle body-neutrality exercise sheet at "
                    "[example.org/resources/body-neutrality](https://example.org/resources/body-neutrality) "
                    "if anyone wants something structured to try."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "eating-disorder-recovery",
        "title": "My dietitian and I finally clicked",
        "warnings": ("eating_disorder",),
        "posts": [
            {
                "author": "cloudberry",
                "body": (
                    "I've had a few dietitians and always felt judged. The new one asked what I "
                    "was *scared* of before she asked anything about food. First time I've felt "
                    "like a person rather than a problem. Recovery feels a bit more possible "
                    "this week."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "bluebell_w",
                "body": (
                    "That sounds like such a good fit. It makes a huge difference when someone "
                    "gets it."
                ),
                "warnings": (),
            },
            {
                "author": "morning_pages",
                "body": "It took me a while to find the right person too. Really glad you've found yours.",
                "warnings": (),
            },
            {
                "author": "cloudberry",
                "body": (
                    "Thanks both. Next session we're starting on some fear foods. Nervous, but "
                    "in a hopeful way."
                ),
                "warnings": ("eating_disorder",),
                "quote": 1,
            },
        ],
    },
    {
        "group": "eating-disorder-recovery",
        "title": "Explaining to my partner what recovery actually looks like",
        "warnings": ("eating_disorder",),
        "posts": [
            {
                "author": "marigold_s",
                "body": (
                    "My partner is lovely, but I think he sees recovery as a straight line: once "
                    "I'm eating regularly, it's over. How do I explain that the thoughts stick "
                    "around for a while even when the behaviours change?"
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "wren_sings",
                "body": (
                    "I described it to mine as learning a new language. You can be fluent in "
                    "everyday situations and still get tripped up when you're tired or stressed."
                ),
                "warnings": (),
            },
            {
                "author": "riley_groupmod",
                "body": (
                    "Some people find it helps to bring a partner to one session with their "
                    "therapist or dietitian, if that's an option. Hearing it from a professional "
                    "can land differently."
                ),
                "warnings": (),
            },
            {
                "author": "seaglass",
                "body": (
                    "Ooh, the language one is good. I told mine recovery is more like a spiral "
                    "staircase than a ladder: I might pass the same view again, but I'm higher "
                    "up each time."
                ),
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "marigold_s",
                "body": (
                    "Both of these are perfect. I read him the staircase one and he said it "
                    "finally made sense. Thank you."
                ),
                "warnings": (),
                "quote": 3,
            },
        ],
    },
    {
        "group": "eating-disorder-recovery",
        "title": "One year in recovery today",
        "warnings": ("eating_disorder",),
        "posts": [
            {
                "author": "seaglass",
                "body": (
                    "A year ago today I started treatment. I didn't think I'd ever get here. I "
                    "still have hard days, but I have a life again: I went to a gig last month, I "
                    "laugh more, and I can go for lunch with people from work without planning it "
                    "for a week.\n\n"
                    "If you're at the start: it is so hard, and it is so worth it."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "quietfern",
                "body": "Happy recovery anniversary! This made my morning.",
                "warnings": (),
            },
            {
                "author": "bluebell_w",
                "body": "Saving this post for the hard days. Thank you for sharing it.",
                "warnings": (),
            },
            {
                "author": "wren_sings",
                "body": (
                    "A whole year! Lunch without a week of planning is such a specific, "
                    "brilliant win. Congratulations."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "bramble_and_rain",
                "body": "'I have a life again.' Hoping to say that myself one day. Congratulations.",
                "warnings": (),
                "quote": 0,
            },
            {
                "author": "seaglass",
                "body": "You will. I promise I was just as unsure as you are.",
                "warnings": (),
                "quote": 4,
            },
        ],
    },
    {
        "group": "eating-disorder-recovery",
        "title": "Family gatherings: setting boundaries around diet talk",
        "warnings": ("eating_disorder",),
        "posts": [
            {
                "author": "wren_sings",
                "body": (
                    "Big family gathering coming up, and mine is very much a diet-talk-at-the-"
                    "table family. Last time someone commented on my plate and I spiralled for "
                    "days. How do you set boundaries without making a scene?"
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "marigold_s",
                "body": (
                    "I messaged my mum beforehand and asked her to help steer conversation away "
                    "from food and bodies. She actually did it, and she shut my uncle down once, "
                    "which I loved."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "morning_pages",
                "body": (
                    "A couple of stock phrases help me: 'I'd rather not talk about food today. "
                    "How's the new job?' Change the subject and keep it light."
                ),
                "warnings": (),
            },
            {
                "author": "cloudberry",
                "body": (
                    "It's also completely okay to step outside for a breather or go for a walk "
                    "between courses. You don't have to sit through everything."
                ),
                "warnings": (),
            },
            {
                "author": "wren_sings",
                "body": (
                    "I always freeze in the moment, so rehearsing a phrase is a great idea. "
                    "Thank you all."
                ),
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    # ------------------------------------------------------------------ anxiety
    {
        "group": "anxiety",
        "title": "Welcome — how this group works",
        "warnings": (),
        "pinned": True,
        "locked": False,
        "posts": [
            {
                "author": "jordan_globalmod",
                "body": (
                    "Welcome to **Anxiety and panic**. Whether you've lived with anxiety for years "
                    "or you've just had your first panic attack and you're wondering what on earth "
                    "happened, you're in the right place.\n\n"
                    "How it works here:\n\n"
                    "- Share what helps you, and what doesn't. We learn most from each other.\n"
                    "- **Be gentle** with reassurance-seeking posts. We've all been there.\n"
                    "- If your post touches on suicide, self-harm, eating, substances or abuse, "
                    "please tick the matching content warning.\n"
                    "- Moderators read every reported post. Use *Report* if something worries you.\n\n"
                    "If you need urgent help, the **Need help now?** link at the top of every page "
                    "lists crisis lines. For panic in the moment, the grounding thread below is a "
                    "good place to start."
                ),
                "warnings": (),
            },
            {
                "author": "gullwing",
                "body": "Thanks Jordan. First post here. Hi everyone!",
                "warnings": (),
            },
            {
                "author": "puddle_jumper",
                "body": "Hi gullwing, welcome. This group has been really good for me.",
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "anxiety",
        "title": "Grounding techniques that actually work for you in a panic attack?",
        "warnings": (),
        "posts": [
            {
                "author": "glasshouse",
                "body": (
                    "I've read all the lists online, but in the moment my mind goes blank. What "
                    "do *you* actually do when panic hits? Especially out in public, where I "
                    "can't just lie on the floor."
                ),
                "warnings": (),
            },
            {
                "author": "tidewatcher",
                "body": (
                    "5-4-3-2-1 is the one I can remember under pressure: five things you can see, "
                    "four you can touch, three you can hear, two you can smell, one you can taste. "
                    "By about the 'hear' bit my breathing has slowed down."
                ),
                "warnings": (),
            },
            {
                "author": "puddle_jumper",
                "body": (
                    "Breathing where the **out** breath is longer than the in breath. I count in "
                    "for four and out for six or seven. Don't try to take huge deep breaths, that "
                    "made it worse for me."
                ),
                "warnings": (),
            },
            {
                "author": "lantern_jo",
                "body": (
                    "Something cold. At home it's cold water on my wrists; out and about I hold "
                    "a cold can of drink or the metal of a railing."
                ),
                "warnings": (),
            },
            {
                "author": "kettle_on",
                "body": (
                    "I do a version of this with colours: find five blue things, then five red "
                    "things. Weirdly absorbing."
                ),
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "slow_tide",
                "body": (
                    "I have a phrase I say in my head: *'This is panic. It's horrible, but it will "
                    "pass. I've been through this before.'* Reminding myself it's panic and not "
                    "something dangerous takes the edge off."
                ),
                "warnings": (),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "Brilliant thread; I've linked it from the welcome post. There's also a small "
                    "printable card with a few of these on it: "
                    "[grounding card](https://example.org/resources/grounding-card). Some people "
                    "keep it in their wallet. And if panic symptoms are new or different for you, "
                    "it's always worth getting checked by your GP."
                ),
                "warnings": (),
            },
            {
                "author": "glasshouse",
                "body": (
                    "Thank you all. I've written the phrase and the colours one on a card in my "
                    "bag. Felt the start of one at the supermarket yesterday and the colours "
                    "thing actually worked!"
                ),
                "warnings": (),
                "quote": 4,
            },
        ],
    },
    {
        "group": "anxiety",
        "title": "Had a panic attack on the bus — and got through it",
        "warnings": (),
        "posts": [
            {
                "author": "puddle_jumper",
                "body": (
                    "It came out of nowhere on the way to work. Heart pounding, tingly hands, the "
                    "full works. I used the breathing from the grounding thread, got off one stop "
                    "early, sat on a bench for ten minutes, and then... got the next bus and went "
                    "to work.\n\n"
                    "A year ago I'd have gone home and not left the house for days. Feeling shaky "
                    "but weirdly proud."
                ),
                "warnings": (),
            },
            {
                "author": "glasshouse",
                "body": "You should be proud! Getting the next bus is the bravest bit.",
                "warnings": (),
            },
            {
                "author": "fogbound",
                "body": "Getting off, regrouping and carrying on is such a good strategy. Well done.",
                "warnings": (),
            },
            {
                "author": "sam_member",
                "body": (
                    "'A year ago I'd have gone home.' That's the real measure of progress. Be "
                    "kind to yourself tonight."
                ),
                "warnings": (),
                "quote": 0,
            },
            {
                "author": "puddle_jumper",
                "body": "Thank you. Hot bath and an early night planned.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "anxiety",
        "title": "Phone calls terrify me — booking a GP appointment",
        "warnings": (),
        "posts": [
            {
                "author": "lantern_jo",
                "body": (
                    "Does anyone else find phone calls absolutely terrifying? I need to ring my GP "
                    "to book a review and I've been putting it off for two weeks. I write out what "
                    "I'm going to say and still chicken out."
                ),
                "warnings": (),
            },
            {
                "author": "morning_pages",
                "body": (
                    "Yes! Some surgeries let you book online or by message now. Might be worth "
                    "checking their website first."
                ),
                "warnings": (),
            },
            {
                "author": "tin_whistle",
                "body": (
                    "I make calls at a set time, straight after a cup of tea, with my script in "
                    "front of me, and reward myself afterwards. The reward matters, even if it's "
                    "just a biscuit."
                ),
                "warnings": (),
            },
            {
                "author": "gullwing",
                "body": (
                    "Could a friend sit with you while you ring? I've done that. They didn't need "
                    "to say anything; just having them there helped."
                ),
                "warnings": (),
            },
            {
                "author": "lantern_jo",
                "body": (
                    "Checked, and they do online booking! Done it. Still going to practise the "
                    "phone thing though. Thank you all."
                ),
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "anxiety",
        "title": "Is anyone else's anxiety worse first thing in the morning?",
        "warnings": (),
        "posts": [
            {
                "author": "kettle_on",
                "body": (
                    "I wake up with my heart already racing and a sense of dread before I've even "
                    "thought about anything. It usually eases by lunchtime. Is this a thing?"
                ),
                "warnings": (),
            },
            {
                "author": "tidewatcher",
                "body": (
                    "Very much a thing for me. A consistent wake-up time and getting outside for "
                    "a few minutes early on helped a bit."
                ),
                "warnings": (),
            },
            {
                "author": "puddle_jumper",
                "body": (
                    "Same here. I stopped looking at my phone the moment I wake up. News and "
                    "emails first thing made it ten times worse."
                ),
                "warnings": (),
            },
            {
                "author": "cloudberry",
                "body": (
                    "I keep a glass of water and a boring book by the bed, so the first thing I "
                    "do is something calm. Took a few weeks to make a difference."
                ),
                "warnings": (),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "It's worth mentioning to your GP too, especially if it's affecting your "
                    "sleep or appetite. Not a crisis thing, just useful for them to know."
                ),
                "warnings": (),
            },
            {
                "author": "kettle_on",
                "body": "The phone thing is definitely me. Trying phone-in-another-room this week; will report back.",
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    {
        "group": "anxiety",
        "title": "Health anxiety and constant checking",
        "warnings": (),
        "posts": [
            {
                "author": "gullwing",
                "body": (
                    "My anxiety has latched onto my health lately. I keep checking my pulse and "
                    "looking up symptoms, and every search makes it worse. My GP has checked me "
                    "over and says I'm fine, but the relief lasts about an hour."
                ),
                "warnings": (),
            },
            {
                "author": "fogbound",
                "body": (
                    "This was me a couple of years ago. CBT helped a lot, specifically working on "
                    "*reducing* checking rather than getting more reassurance. It felt "
                    "backwards, but it worked."
                ),
                "warnings": (),
            },
            {
                "author": "slow_tide",
                "body": (
                    "I have a 'worry window': fifteen minutes in the evening when I'm allowed to "
                    "worry and write things down. Outside that, I tell myself 'that's for later'. "
                    "Sounds silly, but it shrank the worries."
                ),
                "warnings": (),
            },
            {
                "author": "gullwing",
                "body": "A worry window is a great idea. I'll try it tonight, and ask my GP about CBT.",
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    {
        "group": "anxiety",
        "title": "Starting talking therapy next week — what should I expect?",
        "warnings": (),
        "posts": [
            {
                "author": "tin_whistle",
                "body": (
                    "First ever therapy session next Tuesday. I'm anxious about being anxious at "
                    "the anxiety appointment, if that makes sense. What happens in the first "
                    "session? Do I have to talk about everything straight away?"
                ),
                "warnings": (),
            },
            {
                "author": "morning_pages",
                "body": (
                    "Not at all. My first session was mostly them asking questions and explaining "
                    "how it works. You can say 'I'm not ready to talk about that yet' at any point."
                ),
                "warnings": (),
            },
            {
                "author": "glasshouse",
                "body": (
                    "Makes total sense! It can help to jot down a few things you want help with "
                    "beforehand, in case your mind goes blank."
                ),
                "warnings": (),
            },
            {
                "author": "slow_tide",
                "body": (
                    "It's okay if the first therapist isn't a good fit, too. It's a relationship "
                    "like any other."
                ),
                "warnings": (),
            },
            {
                "author": "puddle_jumper",
                "body": (
                    "Agree. And it's completely fine to tell them you're nervous. They'll have "
                    "heard it a thousand times."
                ),
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "tin_whistle",
                "body": (
                    "Went today. It was... fine? Actually nice. We mostly talked about what I want "
                    "to get out of it. Going back next week."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "anxiety",
        "title": "Small wins this week — post yours!",
        "warnings": (),
        "posts": [
            {
                "author": "sam_member",
                "body": (
                    "Let's have a thread for small wins, because anxiety makes them feel tiny "
                    "when they're not. Mine: I went into a shop I'd never been in before, on my "
                    "own. 🙌"
                ),
                "warnings": (),
            },
            {
                "author": "glasshouse",
                "body": "Said 'sorry, that's not what I ordered' in a café. Heart pounding, but I did it.",
                "warnings": (),
            },
            {
                "author": "lantern_jo",
                "body": "Booked AND went to my GP review.",
                "warnings": (),
            },
            {
                "author": "kettle_on",
                "body": "Didn't look at my phone first thing on four mornings out of seven.",
                "warnings": (),
            },
            {
                "author": "morning_pages",
                "body": "Spoke up in a meeting.",
                "warnings": (),
            },
            {
                "author": "fogbound",
                "body": "Glasshouse, that's an elite-level win. I have eaten so many wrong orders.",
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "gullwing",
                "body": "Used the worry window all week and only looked up a symptom once.",
                "warnings": (),
            },
            {
                "author": "tidewatcher",
                "body": "Joined a community choir! Sat at the back, but I sang.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "anxiety",
        "title": "Cutting down on caffeine — did it help your anxiety?",
        "warnings": (),
        "posts": [
            {
                "author": "slow_tide",
                "body": (
                    "I drink a lot of coffee and a friend suggested it might be making my anxiety "
                    "worse. Has cutting down helped anyone? I'm dreading the headaches."
                ),
                "warnings": (),
            },
            {
                "author": "cloudberry",
                "body": (
                    "Massively, for me. I did it gradually over a few weeks, half-caff and then "
                    "decaf, and avoided the worst of the headaches."
                ),
                "warnings": (),
            },
            {
                "author": "tin_whistle",
                "body": (
                    "I noticed a difference in the jittery, racing-heart feeling more than in the "
                    "worrying itself. Still worth it."
                ),
                "warnings": (),
            },
            {
                "author": "slow_tide",
                "body": "Gradually it is. Swapping my afternoon one first.",
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    # ------------------------------------------------------------------- carers
    {
        "group": "carers",
        "title": "Welcome — how this group works",
        "warnings": (),
        "pinned": True,
        "locked": False,
        "posts": [
            {
                "author": "jordan_globalmod",
                "body": (
                    "Welcome to **Carers and supporters**. This group is for partners, parents, "
                    "children, friends and anyone else who supports someone with a mental-health "
                    "condition.\n\n"
                    "Some things to know:\n\n"
                    "- **Your wellbeing matters too.** Posts about your own feelings, frustration "
                    "and exhaustion are welcome here, without judgement.\n"
                    "- Please respect the privacy of the person you care for: share what you need "
                    "to, but leave out identifying details.\n"
                    "- If your post is about someone else's self-harm, suicidal thoughts, eating "
                    "or substance use, please tick the matching content warning. Other carers are "
                    "reading too.\n"
                    "- If you're worried someone is in danger **right now**, use the **Need help "
                    "now?** link at the top of the page, or call the emergency services.\n\n"
                    "We're glad you found us."
                ),
                "warnings": (),
            },
            {
                "author": "ferrywoman",
                "body": "Thank you. Caring can be so lonely. Nice to have a corner of the internet for us.",
                "warnings": (),
            },
            {
                "author": "copper_kettle",
                "body": "Hello all. Parent of a teenager in treatment. Mostly reading for now.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "carers",
        "title": "How do I support my partner through a depressive episode without burning out?",
        "warnings": (),
        "posts": [
            {
                "author": "sam_member",
                "body": (
                    "My partner has bipolar and is in a long depressive episode. They're mostly in "
                    "bed, and it's hard to get a conversation going. I'm doing the shopping, the "
                    "cooking, the bills, the dog, and working full time. I love them and I'd do it "
                    "all again, but I'm running on empty.\n\n"
                    "How do you keep going without losing yourself? And what actually helps the "
                    "person on the other end?"
                ),
                "warnings": (),
            },
            {
                "author": "harbourlight",
                "body": (
                    "First: it makes complete sense that you're exhausted. That's not a failure of "
                    "love, it's what happens when one person carries everything.\n\n"
                    "Things that helped me when my husband was depressed:\n\n"
                    "- Lowering the bar on the house. **Beans on toast is dinner.**\n"
                    "- Asking friends for practical help. One friend did our shopping every "
                    "Saturday for two months.\n"
                    "- Keeping one thing that's just mine. For me, swimming on Sunday mornings."
                ),
                "warnings": (),
            },
            {
                "author": "northstar_k",
                "body": (
                    "From the other side (I have bipolar): what helped most when I was depressed "
                    "was my partner just *being there* without trying to fix it. Sitting with me, "
                    "bringing tea, not asking 'why' questions. Small invitations helped too, like "
                    "'I'm walking the dog, come if you like', with no pressure."
                ),
                "warnings": (),
            },
            {
                "author": "kettle_on",
                "body": (
                    "No-pressure invitations are so important. They keep the door open without "
                    "making the person feel like they're failing."
                ),
                "warnings": (),
                "quote": 2,
            },
            {
                "author": "mapleleaf_m",
                "body": (
                    "Does your partner have a care coordinator or team? It's okay to contact them "
                    "and say you're worried and struggling. They can't always share details with "
                    "you, but they can listen to what you tell them."
                ),
                "warnings": (),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "Such thoughtful replies. sam_member, it might also be worth asking your GP or "
                    "local council about a carer's assessment; it can open up support for *you*. "
                    "And if you're ever worried about your partner's safety, the **Need help now?** "
                    "link lists crisis lines you can call on their behalf."
                ),
                "warnings": (),
            },
            {
                "author": "sam_member",
                "body": (
                    "'Beans on toast is dinner' is going on the fridge. I think I've been trying to "
                    "keep everything exactly as it was, and that's just not possible right now. "
                    "Thank you all."
                ),
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "sam_member",
                "body": (
                    "Small update: I messaged two friends, and one of them is taking the dog out on "
                    "Tuesdays and Thursdays. I went for a run for the first time in a month. And my "
                    "partner had a slightly better day today and came for a short walk. Holding "
                    "onto that."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "carers",
        "title": "My teenage daughter told me she self-harms — how do I help?",
        "warnings": ("self_harm",),
        "posts": [
            {
                "author": "lantern_jo",
                "body": (
                    "Last night my daughter told me she has been self-harming for a few months. I "
                    "stayed calm in front of her (I think) and then cried in the car this morning. "
                    "I want to do everything right and I'm terrified of saying the wrong thing.\n\n"
                    "If you've been through this, as a parent or as the young person, what helped?"
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "rowan_tree",
                "body": (
                    "I self-harmed as a teenager. What helped most was my mum saying 'thank you for "
                    "telling me, I love you, we'll figure this out together', and not making me "
                    "promise to stop straight away. Promising just made me hide it.\n\n"
                    "The fact that she told you means she trusts you. That's a really good start."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "ferrywoman",
                "body": (
                    "We went through this with our son. Going to the GP together was the first "
                    "step, and then some support through school. It wasn't quick, but he's doing "
                    "really well now."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "Thank you for reaching out, lantern_jo. You're already doing the most "
                    "important thing, which is staying close to her. A few gentle pointers:\n\n"
                    "- Ask her what helps and what doesn't, rather than guessing\n"
                    "- Offer to go to the GP together, if she's willing\n"
                    "- Look after yourself too. It's a lot to hold\n\n"
                    "There's a guide written for parents here: "
                    "[supporting a young person who self-harms](https://example.org/guides/parents-self-harm). "
                    "If you're ever worried she's in immediate danger, use the **Need help now?** "
                    "link or call the emergency services."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "lantern_jo",
                "body": (
                    "This made me cry again, but in a good way. I did say thank you for telling "
                    "me, but I also asked her to promise. I'll talk to her again tonight and take "
                    "that back."
                ),
                "warnings": ("self_harm",),
                "quote": 1,
            },
            {
                "author": "rowan_tree",
                "body": "That's such a loving thing to do. You've got this.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "carers",
        "title": "Carer's assessment — is it worth doing?",
        "warnings": (),
        "posts": [
            {
                "author": "copper_kettle",
                "body": (
                    "Our GP mentioned a carer's assessment. Has anyone had one? Was it worth it? "
                    "I'm wary of another pile of forms."
                ),
                "warnings": (),
            },
            {
                "author": "driftwood_dan",
                "body": (
                    "I had one last year. The paperwork wasn't too bad, and it got me a few hours "
                    "of respite a month and a place in a local carers' group. Worth it for me."
                ),
                "warnings": (),
            },
            {
                "author": "gullwing",
                "body": (
                    "Mine was mostly a conversation with a social worker rather than forms. She "
                    "was lovely. It helped just having someone ask how *I* was."
                ),
                "warnings": (),
            },
            {
                "author": "copper_kettle",
                "body": "That's encouraging. I'll say yes when they ring.",
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    {
        "group": "carers",
        "title": "Looking after yourself: what's your one thing?",
        "warnings": (),
        "posts": [
            {
                "author": "harbourlight",
                "body": (
                    "Carers are terrible at looking after themselves (me included). What's the "
                    "*one* thing you do for yourself, even in the hard weeks?"
                ),
                "warnings": (),
            },
            {
                "author": "ferrywoman",
                "body": "Ten minutes of crossword in the car before I go into the house after work.",
                "warnings": (),
            },
            {
                "author": "kettle_on",
                "body": "A proper cup of tea in the garden, phone left in the house. Even in the rain (I have a brolly).",
                "warnings": (),
            },
            {
                "author": "driftwood_dan",
                "body": (
                    "Five-a-side football on Wednesdays. The lads don't know what's going on at "
                    "home, and I like it that way."
                ),
                "warnings": (),
            },
            {
                "author": "sam_member",
                "body": "Since my last thread: running! Twice a week now.",
                "warnings": (),
            },
            {
                "author": "copper_kettle",
                "body": "Ten minutes in the car is so relatable. Sometimes that's the only quiet in my day.",
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "harbourlight",
                "body": (
                    "Love all of these. Mine is an audiobook on the walk to the shops. Keep "
                    "looking after you, everyone."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "carers",
        "title": "My husband's manic episode and the money fallout",
        "warnings": (),
        "posts": [
            {
                "author": "ferrywoman",
                "body": (
                    "My husband is coming out of a manic episode and we're facing the credit card "
                    "bills. He's mortified, I'm angry and scared, and then I feel guilty for being "
                    "angry because it was the illness. How have others handled the money side?"
                ),
                "warnings": (),
            },
            {
                "author": "northstar_k",
                "body": (
                    "Speaking as someone who's been the one running up the bills: it was the "
                    "illness, *and* it's okay for you to be angry. Both can be true. Once I was "
                    "well, we sat down with a free debt advice service and made a plan together. "
                    "Doing it together mattered."
                ),
                "warnings": (),
            },
            {
                "author": "mapleleaf_m",
                "body": (
                    "Some banks let you set spending limits or add a trusted person to an account. "
                    "We set one up while I was well, as part of my crisis plan. Worth looking into "
                    "for the future."
                ),
                "warnings": (),
            },
            {
                "author": "harbourlight",
                "body": (
                    "Please don't feel guilty for being angry. You're human. Maybe find somewhere "
                    "to vent that isn't him. Here is good!"
                ),
                "warnings": (),
            },
            {
                "author": "ferrywoman",
                "body": (
                    "We've booked debt advice for next week, and I'll suggest the spending limits "
                    "once things are calmer. Thank you, and thanks for letting me vent."
                ),
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    {
        "group": "carers",
        "title": "Dad's drinking and his depression",
        "warnings": ("substance_use",),
        "posts": [
            {
                "author": "driftwood_dan",
                "body": (
                    "My dad's been depressed since Mum died and he's drinking a lot more than he "
                    "used to. When I bring it up he shuts down or gets defensive. I don't want to "
                    "push him away, but I'm worried."
                ),
                "warnings": ("substance_use",),
            },
            {
                "author": "gullwing",
                "body": (
                    "We had this with my uncle. What worked better than confronting him was "
                    "talking about how *I* felt: 'I'm worried about you, I miss you.' And offering "
                    "to go to the GP with him."
                ),
                "warnings": ("substance_use",),
            },
            {
                "author": "kettle_on",
                "body": (
                    "Grief and depression together are so heavy. Does he have anyone else he "
                    "talks to? Sometimes it's easier to hear from a friend than from your own child."
                ),
                "warnings": (),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "This is such a hard spot to be in. There are support services specifically "
                    "for families of people who drink; search for family support for alcohol in "
                    "your area. Looking after yourself matters here too."
                ),
                "warnings": ("substance_use",),
            },
            {
                "author": "driftwood_dan",
                "body": (
                    "I think I've been going in a bit hot. Going to try the 'I'm worried, I miss "
                    "you' approach this weekend."
                ),
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "carers",
        "title": "Supporting my son at mealtimes during eating disorder treatment",
        "warnings": ("eating_disorder",),
        "posts": [
            {
                "author": "copper_kettle",
                "body": (
                    "My son is in treatment for an eating disorder and we've been asked to support "
                    "meals at home. Mealtimes have become a battleground and I'm exhausted. Any "
                    "parents been through this?"
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "marigold_s",
                "body": (
                    "I'm in recovery myself, so this is from the other side of the table: what "
                    "helped was my mum staying calm and not negotiating. She'd say 'I know this is "
                    "hard, and I'm here', then talk about something else entirely. Distraction "
                    "afterwards helped too: cards, a TV show, a walk."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "rowan_tree",
                "body": (
                    "Try to separate your son from the illness. Being angry at the eating disorder, "
                    "not at him, helped our family a lot. And please get support for yourself. "
                    "It's such a lot to carry."
                ),
                "warnings": ("eating_disorder",),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "Good advice here. Your son's treatment team should also be able to offer "
                    "carer sessions or guidance. It's absolutely okay to ask them for more help."
                ),
                "warnings": (),
            },
            {
                "author": "copper_kettle",
                "body": (
                    "'I know this is hard, and I'm here.' I'm going to use that tonight. Thank you "
                    "for sharing from your side."
                ),
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "carers",
        "title": "How do you ask to be included in a loved one's appointments?",
        "warnings": (),
        "posts": [
            {
                "author": "gullwing",
                "body": (
                    "My brother has bipolar and I'm his main support. His care team never involve "
                    "me, and I find things out second-hand. How do I ask to be included without "
                    "overstepping?"
                ),
                "warnings": (),
            },
            {
                "author": "mapleleaf_m",
                "body": (
                    "As the person with the diagnosis: I'd want my sibling to ask *me* first. Then "
                    "I could tell my team it's okay to talk to them. Most teams have a consent form "
                    "for exactly this."
                ),
                "warnings": (),
            },
            {
                "author": "harbourlight",
                "body": (
                    "Even without consent they can still listen to you; they just can't share "
                    "back. I wrote a short letter to my husband's team about what I'd noticed at "
                    "home, and they said it was really useful."
                ),
                "warnings": (),
            },
            {
                "author": "gullwing",
                "body": "Both really useful. I'll ask him this weekend, and write down what I've noticed either way.",
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    # ------------------------------------------------------- self-harm-recovery
    {
        "group": "self-harm-recovery",
        "title": "Welcome — how we keep this group safe",
        "warnings": ("self_harm",),
        "pinned": True,
        "locked": False,
        "posts": [
            {
                "author": "jordan_globalmod",
                "body": (
                    "Welcome to **Self-harm recovery**. This group is for people who self-harm or "
                    "have in the past, wherever you are on the road. Joining needs a moderator's "
                    "approval so we can keep it a safe space.\n\n"
                    "How we keep it safe:\n\n"
                    "- **No descriptions of methods or injuries.** Ever. Moderators will edit them "
                    "out and let you know why. It's never a punishment.\n"
                    "- **No pictures** of wounds or scars.\n"
                    "- Every post here carries a self-harm content warning by default.\n"
                    "- Celebrate progress in any shape, and be kind about setbacks. Recovery is "
                    "rarely a straight line.\n\n"
                    "If you're struggling right now, please use the **Need help now?** link at the "
                    "top of the page. A crisis line can talk with you at any time of day or night."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "soft_landing",
                "body": "Thank you for making this space. I've never had anywhere I could talk about this openly.",
                "warnings": (),
            },
            {
                "author": "starling_b",
                "body": "Hello everyone. Glad I found this.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "self-harm-recovery",
        "title": "Six months since I last self-harmed",
        "warnings": ("self_harm",),
        "posts": [
            {
                "author": "pebble-path",
                "body": (
                    "Six months today. I honestly didn't think I'd make it to a week when I started "
                    "trying. There were a lot of hard nights, but I used my safety plan, texted my "
                    "friend, and went for walks at odd hours. **Six months.**\n\n"
                    "Thank you to this group for being here through all of it."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "soft_landing",
                "body": "Six months!! That's incredible. Congratulations, pebble-path.",
                "warnings": (),
            },
            {
                "author": "inkblot_rae",
                "body": "Walks at odd hours is such a good one. So proud of you.",
                "warnings": (),
            },
            {
                "author": "starling_b",
                "body": (
                    "'I didn't think I'd make it to a week.' I'm at the start of that right now, "
                    "and this gives me so much hope."
                ),
                "warnings": ("self_harm",),
                "quote": 0,
            },
            {
                "author": "pebble-path",
                "body": (
                    "You can do it, starling_b. One day at a time, and if a day is too long, one "
                    "hour at a time. And if a day goes wrong, it doesn't wipe out the days that "
                    "went right."
                ),
                "warnings": ("self_harm",),
                "quote": 3,
            },
            {
                "author": "seaglass",
                "body": "Celebrating with you. You should be really proud.",
                "warnings": (),
            },
            {
                "author": "rowan_tree",
                "body": "Six months is a real milestone. Do something kind for yourself today.",
                "warnings": (),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "Congratulations from the moderation team, pebble-path. Posts like this remind "
                    "everyone that recovery is possible."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "self-harm-recovery",
        "title": "Things that helped me in the early days of recovery",
        "warnings": ("self_harm",),
        "posts": [
            {
                "author": "soft_landing",
                "body": (
                    "A friend in recovery asked me what helped early on, so I thought I'd share "
                    "here too. These are the things I did *instead* when things got hard:\n\n"
                    "- Messaging a crisis text service (free, any time)\n"
                    "- A fast walk with loud music\n"
                    "- A hot shower and a change of clothes\n"
                    "- Scribbling hard on paper, or drawing\n"
                    "- Being with a friend, even on video, even in silence\n\n"
                    "None of them were magic, but they got me through to the next hour. What "
                    "would you add?"
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "inkblot_rae",
                "body": "Writing letters to my future self. Reading the old ones back later is really moving.",
                "warnings": (),
            },
            {
                "author": "slow_tide",
                "body": (
                    "A comfort box: a shoebox with things that soothe me. Photos, a soft scarf, "
                    "a favourite sweet, a card from my sister."
                ),
                "warnings": (),
            },
            {
                "author": "starling_b",
                "body": "I love the comfort box idea. I might make one this weekend.",
                "warnings": (),
                "quote": 2,
            },
            {
                "author": "seaglass",
                "body": (
                    "Telling one trusted person, so I didn't have to carry it all alone. That was "
                    "the turning point for me."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "rowan_tree",
                "body": (
                    "Learning that hard moments pass, even when it feels like they won't. Noting "
                    "the time when a bad patch started and again when it eased showed me that."
                ),
                "warnings": (),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "Thank you for sharing these; they're all gentle and safe. There's a worksheet "
                    "for building your own safety plan here: "
                    "[my safety plan](https://example.org/resources/safety-plan). You can fill it "
                    "in with your GP or therapist too."
                ),
                "warnings": (),
            },
        ],
    },
    {
        "group": "self-harm-recovery",
        "title": "Scars in summer — covering up, or not?",
        "warnings": ("self_harm",),
        "posts": [
            {
                "author": "inkblot_rae",
                "body": (
                    "It's getting warmer and every year I dread it. This year I'm thinking about "
                    "just wearing short sleeves. How have others handled questions, especially "
                    "at work?"
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "seaglass",
                "body": (
                    "I went short sleeves last summer. Most people didn't say anything. When "
                    "someone did ask, I said 'they're from a difficult time a while ago, I'm okay "
                    "now' and changed the subject. That was enough."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "soft_landing",
                "body": (
                    "It's also completely okay to keep covering up if that feels right for you. "
                    "There's no wrong choice here."
                ),
                "warnings": (),
            },
            {
                "author": "rowan_tree",
                "body": (
                    "I had a prepared line for nosy strangers ('I'd rather not talk about it') and "
                    "a slightly longer one for friends. Having both ready made me feel more in "
                    "control."
                ),
                "warnings": (),
            },
            {
                "author": "inkblot_rae",
                "body": "That line is perfect. I think I'm going to try it. Feeling braver reading this.",
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "self-harm-recovery",
        "title": "Had a slip after a long stretch — trying to be kind to myself",
        "warnings": ("self_harm",),
        "posts": [
            {
                "author": "starling_b",
                "body": (
                    "I had a slip last week after nearly four months. I felt like I'd thrown all "
                    "that progress away. I told my therapist and we talked through what led up to "
                    "it. I'm okay now and back on track, but the shame is loud.\n\n"
                    "How do you get past the 'I've ruined everything' feeling?"
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "pebble-path",
                "body": (
                    "You haven't ruined everything. Four months of skills and learning doesn't "
                    "disappear. I had slips too, before my six months. Each one taught me "
                    "something about what I needed."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "soft_landing",
                "body": "Telling your therapist was a huge step. That's recovery in action.",
                "warnings": (),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "Setbacks are part of recovery for a lot of people, and talking about them "
                    "openly, as you have, helps others feel less alone. Be gentle with yourself "
                    "this week. 💙"
                ),
                "warnings": (),
            },
            {
                "author": "starling_b",
                "body": "Reading this a few times over. Thank you. Day five of the new stretch.",
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "self-harm-recovery",
        "title": "Telling a new partner about my history",
        "warnings": ("self_harm",),
        "posts": [
            {
                "author": "seaglass",
                "body": (
                    "I've been seeing someone for a couple of months and it's getting serious. I "
                    "want to tell them about my self-harm history myself, before they notice and "
                    "ask. How did others do this?"
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "rowan_tree",
                "body": (
                    "I picked a calm, private moment and kept it short: that it happened, that I'm "
                    "in recovery, and what support looks like for me now. He asked a couple of "
                    "questions and then just hugged me."
                ),
                "warnings": ("self_harm",),
            },
            {
                "author": "slow_tide",
                "body": "It's your story and you get to decide how much to share. You don't owe anyone every detail.",
                "warnings": (),
            },
            {
                "author": "seaglass",
                "body": (
                    "Told them last night. They were so kind. Turns out their sister went through "
                    "something similar. Feeling very lucky."
                ),
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    # --------------------------------------------------------------- depression
    {
        "group": "depression",
        "title": "Welcome — how this group works",
        "warnings": (),
        "pinned": True,
        "locked": False,
        "posts": [
            {
                "author": "alex_admin",
                "body": (
                    "Welcome to **Living with depression**. Some days this group will be busy and "
                    "chatty; some days it'll be a single post that says 'today is hard'. Both are "
                    "fine.\n\n"
                    "A few notes:\n\n"
                    "- You don't have to be 'depressed enough' to post here.\n"
                    "- Please tick a content warning for posts that touch on suicide, self-harm, "
                    "eating, substances or abuse.\n"
                    "- You can talk about dark thoughts here without being judged or silenced. A "
                    "moderator may reach out to check in and share support options.\n"
                    "- If you're in danger right now, please use the **Need help now?** link at "
                    "the top of the page.\n\n"
                    "The site's guidelines: "
                    "[example.org/harbour/guidelines](https://example.org/harbour/guidelines)."
                ),
                "warnings": (),
            },
            {
                "author": "sundial",
                "body": (
                    "Thanks for the welcome. 'Today is hard' is about all I manage some days, so "
                    "this is nice to read."
                ),
                "warnings": (),
            },
            {
                "author": "night_owl_77",
                "body": "Hi all. Mostly here from the bipolar group, but the low side is the part I need help with.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "depression",
        "title": "The getting-out-of-bed problem",
        "warnings": (),
        "posts": [
            {
                "author": "sundial",
                "body": (
                    "Every morning I lie there for ages knowing I need to get up and just... "
                    "can't. Not because I'm tired; everything just feels pointless and heavy. "
                    "Any tricks that work for you?"
                ),
                "warnings": (),
            },
            {
                "author": "moth_and_lamp",
                "body": (
                    "The tiniest possible step. Not 'get up', just 'sit up'. Then 'feet on the "
                    "floor'. Then 'go to the kitchen'. Breaking it into daft small pieces somehow "
                    "works."
                ),
                "warnings": (),
            },
            {
                "author": "puddle_jumper",
                "body": (
                    "I put my alarm across the room, with a glass of water and my dressing gown "
                    "next to it. Once I'm up to turn it off, I'm halfway there."
                ),
                "warnings": (),
            },
            {
                "author": "oak_and_ash",
                "body": "Opening the curtains before anything else. Light helps me more than I'd like to admit.",
                "warnings": (),
            },
            {
                "author": "starling_b",
                "body": "'Feet on the floor' is my mantra now too. Some days that's the win, and that's okay.",
                "warnings": (),
                "quote": 1,
            },
            {
                "author": "kettle_on",
                "body": (
                    "Having something small to look forward to: a particular breakfast, a podcast "
                    "episode. It gives the morning a tiny pull."
                ),
                "warnings": (),
            },
            {
                "author": "sundial",
                "body": "Sit up, feet on the floor, curtains. Did all three today. Thank you.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "depression",
        "title": "Two years on from the worst time in my life",
        "warnings": ("suicide",),
        "posts": [
            {
                "author": "moth_and_lamp",
                "body": (
                    "Two years ago I was in the darkest place I've ever been. I was having "
                    "suicidal thoughts most days and couldn't see any future. I finally told my "
                    "GP, which was the hardest conversation of my life, and that started "
                    "everything: the crisis team, then medication that worked, then therapy.\n\n"
                    "I'm not 'fixed'. I still have low days. But I also have a job I like, a cat, "
                    "a garden, and friends who know the real me. I didn't believe any of that was "
                    "possible back then.\n\n"
                    "If you're in that place now, please tell someone. It was the first step for me."
                ),
                "warnings": ("suicide",),
            },
            {
                "author": "sundial",
                "body": "Thank you for writing this. I needed to read it today.",
                "warnings": (),
            },
            {
                "author": "harbourlight",
                "body": "A cat and a garden: that sounds like a good life. So glad you told your GP.",
                "warnings": (),
            },
            {
                "author": "jordan_globalmod",
                "body": (
                    "Thank you for sharing your story so carefully, moth_and_lamp. Posts like this "
                    "give people real hope. And to anyone reading who recognises themselves in the "
                    "first part: please reach out, to your GP, someone you trust, or a crisis line "
                    "from the **Need help now?** link. You deserve support."
                ),
                "warnings": ("suicide",),
            },
            {
                "author": "starling_b",
                "body": (
                    "I've been somewhere similar, a long time ago now. Telling someone was my first "
                    "step too. It's good to be reminded how far we can come."
                ),
                "warnings": ("suicide",),
            },
            {
                "author": "moth_and_lamp",
                "body": "Thank you, starling_b. Here's to both of us, and to everyone still finding their way.",
                "warnings": (),
                "quote": 4,
            },
        ],
    },
    {
        "group": "depression",
        "title": "Did anyone else feel worse before antidepressants started helping?",
        "warnings": (),
        "posts": [
            {
                "author": "puddle_jumper",
                "body": (
                    "Started an antidepressant two weeks ago. I'm more jittery and my sleep's gone "
                    "weird. My GP said this can happen early on and to ring if it gets worse or I'm "
                    "worried. Did it settle for you?"
                ),
                "warnings": (),
            },
            {
                "author": "night_owl_77",
                "body": (
                    "Yes, the first few weeks were rough for me too, jittery and headachy. It "
                    "settled after a month or so, and the mood lift came a bit after that."
                ),
                "warnings": (),
            },
            {
                "author": "alex_admin",
                "body": (
                    "Good that your GP has given you a way to get in touch. Please do use it if "
                    "anything worries you, including if your mood drops further, which is "
                    "important to flag early. Comparing notes here is great, but your GP is the "
                    "one to make any changes."
                ),
                "warnings": (),
            },
            {
                "author": "kettle_on",
                "body": (
                    "Mine took a while to kick in too. Keep a little note of how you feel each day; "
                    "it helps you see the change when it comes, because it's gradual."
                ),
                "warnings": (),
            },
            {
                "author": "puddle_jumper",
                "body": "A month or so. Okay, I can hang on for that. Thank you.",
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "depression",
        "title": "Signed off work — and feeling guilty about it",
        "warnings": (),
        "posts": [
            {
                "author": "harbourlight",
                "body": (
                    "My GP has signed me off for a month. I know I need it, I was barely holding "
                    "it together, but I feel so guilty. Like I'm letting my team down and everyone "
                    "thinks I'm skiving."
                ),
                "warnings": (),
            },
            {
                "author": "oak_and_ash",
                "body": (
                    "If you'd broken your leg you wouldn't feel guilty about being off. This is "
                    "the same: you're unwell and you're recovering. Your team will cope."
                ),
                "warnings": (),
            },
            {
                "author": "driftwood_dan",
                "body": (
                    "I felt exactly like this. What helped was giving the time a bit of shape:\n\n"
                    "- a walk every day\n"
                    "- one small job\n"
                    "- one nice thing\n\n"
                    "Rest doesn't have to mean lying around feeling guilty."
                ),
                "warnings": (),
            },
            {
                "author": "sundial",
                "body": "Nobody who's been through depression thinks you're skiving. 💙",
                "warnings": (),
            },
            {
                "author": "harbourlight",
                "body": "A walk, one small job, one nice thing. That's doable. Thank you.",
                "warnings": (),
                "quote": 2,
            },
        ],
    },
    {
        "group": "depression",
        "title": "Cutting down on drinking to help my mood",
        "warnings": ("substance_use",),
        "posts": [
            {
                "author": "driftwood_dan",
                "body": (
                    "I've realised I've been drinking most evenings to switch off, and it's making "
                    "my mood worse the next day. I'm not in a bad way with it, but I want to cut "
                    "down before it becomes a problem. Anyone done this?"
                ),
                "warnings": ("substance_use",),
            },
            {
                "author": "oak_and_ash",
                "body": (
                    "I did. Alcohol-free weeknights helped, plus swapping it for something that "
                    "still felt like a ritual: a fancy soft drink in a nice glass. My mood was "
                    "noticeably better within a few weeks."
                ),
                "warnings": ("substance_use",),
            },
            {
                "author": "kettle_on",
                "body": (
                    "Telling my partner meant I had someone on my side. Also worth mentioning to "
                    "your GP. They can help, with no judgement."
                ),
                "warnings": (),
            },
            {
                "author": "night_owl_77",
                "body": (
                    "My sleep improved a lot when I stopped drinking in the evenings, which helped "
                    "my mood in turn."
                ),
                "warnings": ("substance_use",),
            },
            {
                "author": "driftwood_dan",
                "body": "The ritual thing is clever. Bought some posh ginger beer. Day three of dry weeknights.",
                "warnings": ("substance_use",),
                "quote": 1,
            },
        ],
    },
    {
        "group": "depression",
        "title": "Tiny things that bring a bit of joy (list thread)",
        "warnings": (),
        "posts": [
            {
                "author": "kettle_on",
                "body": (
                    "Depression steals the big joys, so let's collect the tiny ones. I'll start:\n\n"
                    "- Warm towels straight out of the dryer\n"
                    "- The first sip of tea\n"
                    "- A dog in a coat"
                ),
                "warnings": (),
            },
            {
                "author": "sundial",
                "body": "When a stranger's baby waves at you.",
                "warnings": (),
            },
            {
                "author": "night_owl_77",
                "body": "Clean sheets. Unbeatable.",
                "warnings": (),
            },
            {
                "author": "puddle_jumper",
                "body": "Finding money in an old coat pocket.",
                "warnings": (),
            },
            {
                "author": "harbourlight",
                "body": "A dog in a coat is top tier. Adding: the smell of rain on a hot day.",
                "warnings": (),
                "quote": 0,
            },
            {
                "author": "starling_b",
                "body": "A library book that's good all the way to the end.",
                "warnings": (),
            },
            {
                "author": "pebble-path",
                "body": "The bus arriving just as you reach the stop.",
                "warnings": (),
            },
            {
                "author": "moth_and_lamp",
                "body": "My cat doing a tiny sneeze. Lovely thread, kettle_on.",
                "warnings": (),
            },
        ],
    },
    {
        "group": "depression",
        "title": "Therapy brought up things from my childhood",
        "warnings": ("abuse",),
        "posts": [
            {
                "author": "starling_b",
                "body": (
                    "I started therapy for depression and we've ended up talking about things that "
                    "happened when I was a child, which I'd pushed away for years. I'm not going "
                    "into details here, but it's been a lot, and I feel worse before I feel better. "
                    "Has anyone else had this?"
                ),
                "warnings": ("abuse",),
            },
            {
                "author": "pebble-path",
                "body": (
                    "Yes. When I started trauma work, the first couple of months were harder than "
                    "before. My therapist helped me slow the pace down, which made a big "
                    "difference. It's okay to ask for that."
                ),
                "warnings": ("abuse",),
            },
            {
                "author": "alex_admin",
                "body": (
                    "Thank you for keeping it non-detailed, starling_b. That's really considerate "
                    "of others here. Feeling worse for a while during this kind of work is common, "
                    "but do tell your therapist how you're doing between sessions too."
                ),
                "warnings": (),
            },
            {
                "author": "starling_b",
                "body": "I didn't realise I could ask to slow down. I'll bring it up next week.",
                "warnings": (),
                "quote": 1,
            },
        ],
    },
    {
        "group": "depression",
        "title": "Winter is hard — light, routine and getting outside",
        "warnings": (),
        "posts": [
            {
                "author": "oak_and_ash",
                "body": "The dark evenings are really getting to me this year. What do you do to get through winter?",
                "warnings": (),
            },
            {
                "author": "sundial",
                "body": (
                    "I get outside in daylight for a short walk at lunchtime, even when it's grey. "
                    "Makes a real difference."
                ),
                "warnings": (),
            },
            {
                "author": "moth_and_lamp",
                "body": (
                    "A daylight lamp on my desk in the mornings. And planning things to look "
                    "forward to in January and February, the grimmest months for me."
                ),
                "warnings": (),
            },
            {
                "author": "night_owl_77",
                "body": (
                    "Keeping my bedtime steady, even though the dark makes me want to sleep at "
                    "teatime. Also soup. So much soup."
                ),
                "warnings": (),
                "quote": 1,
            },
        ],
    },
]
