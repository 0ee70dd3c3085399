class Boom(Exception):
    pass


try:
    raise Boom("handled once")
except Boom as e:
    print("handled:", e)
raise Boom
