import datetime, pytest
from gazette.factories import *
from gazette.models import DocumentRelation

@pytest.mark.django_db
def test_smoke(client, home_page):
    lib = LegalDocumentLibraryPageFactory(parent=home_page)
    law = LegalDocumentPageFactory(parent=lib, signed_pdf=PdfDocumentFactory(), text=[
        {"type": "division", "value": {"level": "chapter", "number": "I", "heading": "Quy định chung"}},
        {"type": "article", "value": {"number": "5", "heading": "Giải thích từ ngữ", "text": "", "clauses": [{"type":"item","value":{"number":"1","text":"abc"}}], "marker": "", "amended_by": None}},
    ])
    dec = LegalDocumentPageFactory(parent=lib, document_type=document_type("decree"))
    DocumentRelation.objects.create(source=dec, target=law, kind="amends")
    idx = GazetteIndexPageFactory(parent=home_page)
    issue = GazetteIssuePageFactory(parent=idx)
    issue.entries.create(document=law, first_page=3, last_page=9)
    for url in ["/vi/van-ban/", "/lo/ekasan/", law.url, "/vi/van-ban/?type=law&year=2024&status=in_force&sort=title", "/vi/van-ban/?type=%00&year=abc&page=zz", "/vi/cong-bao/", "/vi/cong-bao/" + issue.slug + "/", "/lo/chotmaihet/", "/vi/"]:
        r = client.get(url)
        print(url, r.status_code)
        assert r.status_code == 200, r.content.decode()[:3000]
    print(client.get(law.url).content.decode()[-6000:])
