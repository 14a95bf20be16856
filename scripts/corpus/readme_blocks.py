# Replaces in README.md each test half's tables as results.md had them at HEAD with what results.md holds now.
import re, subprocess
import os
root=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
old=subprocess.run(['git','-C',root,'show','HEAD:tests/Marginalia.Core.Tests/Corpus/blind/results.md'],capture_output=True,text=True).stdout
new=open(root+'/tests/Marginalia.Core.Tests/Corpus/blind/results.md').read()
def blocks(s):
    parts=re.split(r'^## (.*)$',s,flags=re.M)
    return {parts[i]:parts[i+1].strip() for i in range(1,len(parts),2)}
o,n=blocks(old),blocks(new)
r=open(root+'/README.md').read()
for k in n:
    if k not in o:
        # A half measured for the first time has no block in the README yet: it goes, with its intro, before "What this says, plainly".
        print(f'new, not in the README yet (insert it with its intro):\n\n{k}:\n\n{n[k]}\n')
    elif o[k]!=n[k]:
        # Only the block under the half's own heading: two halves may have had the same tables.
        head=k+':\n\n'
        assert r.count(head)==1, k
        at=r.index(head)+len(head)
        if r.startswith(n[k],at): print('already',k); continue
        assert r.startswith(o[k],at), k
        r=r[:at]+n[k]+r[at+len(o[k]):]; print('updated',k)
open(root+'/README.md','w').write(r)
