class InsufficientFunds(Exception):
    pass


def pay(balance, price):
    if price > balance:
        raise InsufficientFunds(f"need {price - balance} more")
    return balance - price


print(pay(10, 3))
print(pay(10, 30))
