class Item:
    loan_days = 14

    def __init__(self, title, year):
        self.title = title
        self.year = year
        self.borrower = None

    def checkout(self, who):
        if self.borrower is not None:
            raise RuntimeError(f"{self.title!r} already borrowed by {self.borrower}")
        self.borrower = who
        return self.loan_days

    def checkin(self):
        if self.borrower is None:
            raise RuntimeError(f"{self.title!r} is not checked out")
        self.borrower = None

    def __str__(self):
        status = f"on loan to {self.borrower}" if self.borrower else "available"
        return f"{type(self).__name__}: {self.title} ({self.year}) - {status}"


class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author

    def __str__(self):
        return super().__str__() + f" by {self.author}"


class DVD(Item):
    loan_days = 3


catalog = [Book("Dune", 1965, "Herbert"), DVD("Alien", 1979), Book("红楼梦", 1791, "曹雪芹")]
print(catalog[0].checkout("ann"), catalog[1].checkout("bob"))
for action in [lambda: catalog[0].checkout("cy"), lambda: catalog[2].checkin(), lambda: catalog[1].checkin()]:
    try:
        action()
        print("ok")
    except RuntimeError as e:
        print("RuntimeError:", e)
for item in catalog:
    print(item)
print(sorted(item.title for item in catalog if isinstance(item, Book)))
print([type(i).__name__ for i in sorted(catalog, key=lambda i: i.year)])
