def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(float(num) if "." in num else int(num))
            num = ""
        if ch in "+-*/()^":
            tokens.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f"unexpected character {ch!r}")
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens


PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^")):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return out


def evaluate(rpn):
    stack = []
    for t in rpn:
        if isinstance(t, (int, float)):
            stack.append(t)
            continue
        b, a = stack.pop(), stack.pop()
        if t == "+":
            stack.append(a + b)
        elif t == "-":
            stack.append(a - b)
        elif t == "*":
            stack.append(a * b)
        elif t == "/":
            stack.append(a / b)
        else:
            stack.append(a ** b)
    return stack[0]


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1", "2 * (3 + 4) * 5", "1.5 + 2.25", "7 - 2 - 1", "8 / 0", "3 $ 4"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(f"{expr:<18} rpn={' '.join(map(str, rpn)):<16} = {evaluate(rpn)}")
    except ZeroDivisionError as e:
        print(f"{expr:<18} ZeroDivisionError: {e}")
    except SyntaxError as e:
        print(f"{expr:<18} SyntaxError: {e}")
