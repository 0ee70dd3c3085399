class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.shortfall = needed - available


class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def add_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        self.balance += interest
        return interest

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, balance={self.balance})"


class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amount)


alice = Account("Alice", 100)
bob = Savings("Bob")
print(alice, bob)
print(alice.deposit(50), bob.deposit(1000))
for acct, amount in [(alice, 30), (alice, 500), (bob, 100), (bob, 100), (bob, 100)]:
    try:
        print("withdraw", amount, "->", acct.withdraw(amount))
    except InsufficientFunds as e:
        print("failed:", e, "| shortfall", e.shortfall)
    except RuntimeError as e:
        print("failed:", e)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(alice.add_interest(), bob.add_interest())
print(alice, bob)
print(alice.history)
print(bob.history)
