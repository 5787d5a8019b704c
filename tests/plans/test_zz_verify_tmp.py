import glob, re
from plans import demo
from plans.models import *
from portal.demo import load_units_and_people

def read(n):
    with open(glob.glob(f"/work/shared/seeds/{n}_*.txt")[0]) as f:
        return f.read()

def norm(t):
    t = t.replace("**", "").replace("*", "").replace("<http", "http").replace(".vn>", ".vn")
    t = re.sub(r"^#+ ", "", t, flags=re.M)
    return re.sub(r"\s+", " ", t).strip()

def texts(plan):
    out = [("title", plan.title), ("preamble", plan.preamble), ("closing", plan.closing)]
    out += [("recipient", r) for r in plan.recipients.splitlines()]
    for b in plan.bases.all():
        out += [("basis", b.summary), ("basis", b.doc_number), ("basis", b.issuer)]
    for s in plan.sections.all():
        out += [("sec.title", s.title)] + [("sec.body", l) for l in s.body.splitlines()]
    for t in plan.tasks.all():
        out += [("task", l) for l in t.content.splitlines()] + [("dir", t.directing_text)]
        for r in t.schedules.all():
            out += [("label", r.label), ("wording", r.wording)]
    for d in plan.duties.all():
        for r in d.schedules.all():
            out += [("dwording", r.wording)]
    for i in plan.indicators.all():
        for tg in i.targets.all():
            out += [("target", tg.wording)]
    return [(k, v) for k, v in out if v]

def test_verify(db):
    load_units_and_people()
    plans = {p.unit.code + p.doc_type: p for p in demo.load_plans()}
    for n, keys in (("000", ["qng-skhcnKH"]), ("002", ["hcm-nhabe-mamnonKH"]), ("004", ["tqg-tpQĐ", "tqg-tpQC"])):
        src_ci = norm(read(n)).lower()
        alltext = []
        for key in keys:
            for kind, v in texts(plans[key]):
                alltext.append(norm(v))
                if norm(v).lower() not in src_ci:
                    print("NOT IN SEED", n, kind, repr(v[:150]))
        blob = " ".join(alltext)
        for line in read(n).splitlines():
            l = norm(line)
            l = re.sub(r"^[-+] ", "", l)
            l = re.sub(r"^(Điều \d+\.|CHƯƠNG [IVX]+|[A-D]\.|[IVX]+\.|\d+(\.\d+)*\.|[a-gđ][\.\)])\s*", "", l)
            l = l.rstrip(":")
            if re.match(r"(Chỉ đạo thực hiện|Đơn vị (chủ trì|phối hợp)|Thời gian thực hiện|Căn cứ|Điều \d|CHƯƠNG)", l):
                continue
            if ": " in l and all(part.rstrip(".") in blob for part in l.split(": ", 1)):
                continue
            if l and l not in blob:
                print("SEED LINE NOT STORED", n, repr(l[:150]))
