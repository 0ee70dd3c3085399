# argparse's classes say they are argparse's (repr, pickling), and an uncaught ArgumentError is named argparse.ArgumentError
import argparse
import pickle

print(type(argparse.Namespace()), argparse.HelpFormatter, argparse.FileType.__module__)
print(pickle.loads(pickle.dumps(argparse.Namespace(a=1, b=[2]))))
parser = argparse.ArgumentParser(prog='strict', exit_on_error=False)
parser.add_argument('--n', type=int)
parser.parse_args(['--n', 'x'])
