class Account:
    def __init__(self, owner):
        self._owner = owner
        self._balance = 0

    def get_balance(self):
        return self._balance

    def set_balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def del_balance(self):
        print("closing account of", self._owner)
        self._balance = 0

    balance = property(get_balance, set_balance, del_balance, "The balance")
    owner = property(lambda self: self._owner)


acc = Account("Zoe")
acc.balance = 50
acc.balance += 25
print(acc.balance, acc.owner)
print(Account.balance.__doc__)
try:
    acc.balance = -1
except ValueError as e:
    print("ValueError:", e)
del acc.balance
print(acc.balance)
try:
    acc.owner = "Eve"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del acc.owner
except AttributeError as e:
    print("AttributeError:", e)
