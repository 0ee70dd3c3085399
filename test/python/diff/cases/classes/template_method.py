class Report:
    def header(self):
        return "REPORT"

    def body(self):
        raise NotImplementedError("subclasses must implement body")

    def render(self):
        return "\n".join([self.header(), self.body(), "-" * 6])


class Sales(Report):
    def body(self):
        return "sales: 10"


class Fancy(Sales):
    def header(self):
        return "*** " + super().header() + " ***"


print(Sales().render())
print(Fancy().render())
try:
    Report().render()
except NotImplementedError as e:
    print(type(e).__name__, e)
