class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError):
    def __str__(self):
        return "not found: " + ", ".join(map(str, self.args))


def check(v):
    if v is None:
        raise NotFound("item", 7)
    if v < 0:
        raise ValidationError("amount", "must be >= 0")
    return v


for v in [5, -1, None]:
    try:
        print("ok", check(v))
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except AppError as e:
        print("app error", type(e).__name__, e, repr(e))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[2].__name__)
