inf = float("inf")
nan = float("nan")
print(inf > 10 ** 400, -inf < -10 ** 400, inf == inf, inf + 1, inf - inf, inf * 0)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
lst = [nan]
print(nan in lst, float("nan") in lst, lst == lst, [float("nan")] == [float("nan")])
print(min(1.0, inf), max(-inf, 0), abs(-inf), -nan)
print(inf / inf, 0.0 * inf, 1 / inf, -1 / inf)
print(str(inf), repr(-inf), f"{inf:.2f}", f"{nan:>6}", f"{-inf:e}")
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
