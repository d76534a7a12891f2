# helpers for blind batch 5 messages (the writer's build files)
ROWS = []

def sep(s, ch):
    return ch.join(s)

def zw(s, ch="\u200b"):
    return ch.join(s)

def bidi(s):
    cs = ["\u2066", "\u2067", "\u2068", "\u2069"]
    out = s[0]
    for i, c in enumerate(s[1:]):
        out += cs[i % 4] + c
    return out

def tag(s):
    # tag characters U+E0020..U+E007F between letters
    out = s[0]
    for i, c in enumerate(s[1:]):
        out += chr(0xE0020 + (i * 7 + 3) % 0x60) + c
    return out

def vs(s):
    out = s[0]
    for i, c in enumerate(s[1:]):
        out += chr(0xFE00 + (i * 5 + 15) % 16) + c
    return out

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)

def R(lang, text, cats, note, age=None, ev=None):
    ROWS.append(dict(text=text, lang=lang, label="risky", categories=list(cats), age=age,
                     note=(("evasion: %s; " % ev) if ev else "") + note, _ev=ev, _la=None))

def B(lang, text, la, note, age=None):
    ROWS.append(dict(text=text, lang=lang, label="benign", categories=[], age=age,
                     note="look-alike: %s; %s" % (la, note), _ev=None, _la=la))
