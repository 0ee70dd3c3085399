import os
import sys
print('helper argv', sys.argv, 'env', os.environ.get('GREETING'), flush=True)
sys.exit(len(sys.argv))
