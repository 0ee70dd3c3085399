class Config:
    debug = None
    level = debug
    name = None

    def show(self):
        return (self.debug, self.level, self.name)


print(Config().show(), Config.level)
x = None
exec('y = x')
print(y)
