class Outer:
    class ConfigError(Exception):
        def __str__(self):
            return "bad config key " + repr(self.args[0])


print("loading")
raise Outer.ConfigError("timeout")
