def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha() and c.isascii():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)


def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = c, 1
    out.append(f"{count}{prev}")
    return "".join(out)


for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "上海自来水来自海上"]:
    print(repr(s), is_palindrome(s))
msg = "Hello, World! 你好"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3), "|", caesar("xyz", 29))
print(rle("aaabccddddd"), rle("abc"), rle(""), rle("zzzzzzzzzzzz"))
vowels = sum(1 for c in msg.lower() if c in "aeiou")
print("vowels:", vowels)
print(" ".join(w[::-1] for w in "reverse each word here".split()))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print("snake_case_to_camel".split("_")[0] + "".join(w.title() for w in "snake_case_to_camel".split("_")[1:]))
