class Product:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self.products = {}

    def add(self, product):
        if product.sku in self.products:
            raise KeyError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product

    def restock(self, sku, n):
        self.products[sku].qty += n

    def sell(self, sku, n):
        p = self.products[sku]
        if n > p.qty:
            raise ValueError(f"only {p.qty} {p.name} left")
        p.qty -= n
        return round(n * p.price, 2)

    def low_stock(self, threshold=5):
        return sorted(p.sku for p in self.products.values() if p.qty < threshold)

    def report(self):
        lines = []
        for p in sorted(self.products.values(), key=lambda p: -p.value):
            lines.append(f"{p.sku:<6}{p.name:<12}{p.qty:>4} x {p.price:>7.2f} = {p.value:>9.2f}")
        lines.append(f"{'total':<30}{sum(p.value for p in self.products.values()):>11.2f}")
        return "\n".join(lines)


inv = Inventory()
for args in [("A1", "bolt", 0.25, 400), ("B2", "nut", 0.1, 3), ("C3", "hammer", 12.5, 7), ("D4", "saw", 24.99)]:
    inv.add(Product(*args))
try:
    inv.add(Product("A1", "dup", 1))
except KeyError as e:
    print("KeyError:", e)
print(inv.sell("A1", 120), inv.sell("C3", 2))
try:
    inv.sell("B2", 10)
except ValueError as e:
    print("ValueError:", e)
try:
    inv.sell("Z9", 1)
except KeyError as e:
    print("KeyError:", e)
inv.restock("D4", 2)
print(inv.low_stock(), inv.low_stock(300))
print(inv.report())
print(inv.products["C3"])
