#include "StoredItemFixture.h"

#include "engine/search/SearchService.h"
#include "modules/storeditems/StoredItemReceiptPrinter.h"
#include "support/PdfText.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class StoredItemServiceTest : public StoredItemFixture
{
protected:
    struct Counts
    {
        qint64 items, lines, signatures, watches, audits;
        bool operator==(const Counts&) const = default;
    };
    Counts counts()
    {
        return {scalar(u"SELECT COUNT(*) FROM stored_items"_s), scalar(u"SELECT COUNT(*) FROM stored_item_lines"_s),
                scalar(u"SELECT COUNT(*) FROM signatures"_s), scalar(u"SELECT COUNT(*) FROM watches"_s),
                scalar(u"SELECT COUNT(*) FROM audit_events"_s)};
    }
    void expectRefused(const DepositRequest& r, const QString& field)
    {
        const Counts before = counts();
        auto s = storage->deposit(clerk, r);
        ASSERT_FALSE(s.ok()) << field.toStdString();
        EXPECT_EQ(s.error().field, field) << s.error().message.toStdString();
        EXPECT_FALSE(s.error().message.isEmpty());
        EXPECT_TRUE(counts() == before) << "something was written for " << field.toStdString();
    }
};

TEST_P(StoredItemServiceTest, ADepositKeepsItemsShelfPickupTimeAndTheSignatureUnderATag)
{
    // R-PS-1: items, count, condition, depositor, expected pickup time; signature; tag; shelf.
    const StoredItem s = deposit();
    EXPECT_EQ(s.tag, u"JC-20261122-001"_s);
    EXPECT_EQ(s.unitCode, u"3-1-502"_s);
    EXPECT_EQ(s.depositorPhone, u"13800001111"_s);
    EXPECT_EQ(s.shelf, u"A-3"_s);
    EXPECT_EQ(s.itemCount, 3);
    ASSERT_EQ(s.lines.size(), 2);
    EXPECT_EQ(s.lines.at(1).description, u"纸箱"_s);
    EXPECT_EQ(s.lines.at(1).quantity, 2);
    EXPECT_EQ(s.lines.at(1).condition, u"外箱破损"_s);
    EXPECT_TRUE(s.held());
    auto signature = storage->signature(s.depositSignatureId);
    ASSERT_TRUE(signature.ok());
    EXPECT_TRUE(signature.value().signedOnPad());
    EXPECT_EQ(signature.value().signer, u"王伟"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'stored_item' AND entity_id = ?"_s, {s.id}), 1);
    EXPECT_EQ(storage->findByTag(u" jc-20261122-001 "_s).value().id, s.id);
}

TEST_P(StoredItemServiceTest, BadDepositsAreRefusedNextToTheFieldAndWriteNothing)
{
    // R-PS-1: a count of 0, no unit, a pickup time in the past, no signature without a reason.
    DepositRequest r = request();
    r.lines[1].quantity = 0;
    expectRefused(r, u"items"_s);
    r = request();
    r.unitId = 0;
    expectRefused(r, u"unit"_s);
    r = request();
    r.expectedPickupMs = at(8, 30);
    expectRefused(r, u"pickup"_s);
    r = request();
    r.signature = Signature{};
    expectRefused(r, u"signature"_s);
    r.signature.waivedReason = QString::fromLatin1(Signature::Refused); // a refusal needs the clerk's note
    expectRefused(r, u"signature"_s);
    r = request();
    r.lines.clear();
    expectRefused(r, u"items"_s);
    r = request();
    r.depositorPhone = u"12345"_s;
    expectRefused(r, u"depositorPhone"_s);
    r = request();
    r.shelf = u"  "_s;
    expectRefused(r, u"shelf"_s);

    // With the reason recorded, the deposit goes through without a pad signature.
    r = request();
    r.signature = Signature{};
    r.signature.waivedReason = QString::fromLatin1(Signature::Refused);
    r.signature.note = u"客人赶时间，不愿签字"_s;
    const StoredItem s = deposit(r);
    EXPECT_EQ(storage->signature(s.depositSignatureId).value().waivedReason, u"refused"_s);
}

// R-PS-1: items are taken in and handed out by the service desk; the cashier cannot, and nothing is written.
TEST_P(StoredItemServiceTest, TheCashierCannotTakeInOrHandOutItems)
{
    const Session cashier = host.signedIn(Role::Cashier, u"qian.na"_s);
    auto refused = storage->deposit(cashier, request());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, u"perm.denied"_s);
    EXPECT_EQ(host.db().scalar(u"SELECT COUNT(*) FROM stored_items"_s).value().toLongLong(), 0);
}

TEST_P(StoredItemServiceTest, TagsAreNumberedPerDayAndNeverRepeat)
{
    // R-PS-1: a numbered tag, JC-YYYYMMDD-NNN, per day.
    EXPECT_EQ(deposit().tag, u"JC-20261122-001"_s);
    EXPECT_EQ(deposit(request(u"3-1-601"_s)).tag, u"JC-20261122-002"_s);
    host.clock().set(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
    DepositRequest r = request();
    r.expectedPickupMs = at(18, 0, 23);
    EXPECT_EQ(deposit(r).tag, u"JC-20261123-001"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(DISTINCT tag) FROM stored_items"_s), 3);
    EXPECT_FALSE(host.db().exec(u"DELETE FROM stored_items"_s).ok()); // nothing is hard-deleted
}

TEST_P(StoredItemServiceTest, AWrongTagOrATagCollectedAlreadyIsRefusedAndWritesNothing)
{
    // R-PS-3: pickup against the tag; the collector signs.
    const StoredItem s = deposit();
    host.clock().set(QDateTime(QDate(2026, 11, 22), QTime(17, 30)));
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    auto wrong = storage->pickUp(clerk, u"JC-20261122-009"_s, u"王伟"_s, padSignature());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, u"tag"_s);
    EXPECT_TRUE(wrong.error().message.contains(u"JC-20261122-009"_s));
    auto unsigned_ = storage->pickUp(clerk, s.tag, u"王伟"_s, Signature{});
    ASSERT_FALSE(unsigned_.ok());
    EXPECT_EQ(unsigned_.error().field, u"signature"_s);
    EXPECT_EQ(storage->pickUp(clerk, s.tag, u""_s, padSignature()).error().field, u"collectorName"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), audits);
    EXPECT_TRUE(storage->find(s.id).value().held());

    auto collected = storage->pickUp(clerk, s.tag.toLower(), u"王伟"_s, padSignature());
    ASSERT_TRUE(collected.ok()) << collected.error().message.toStdString();
    EXPECT_EQ(collected.value().status, StoredItemStatus::Collected);
    EXPECT_EQ(collected.value().collectorName, u"王伟"_s);
    EXPECT_TRUE(storage->signature(collected.value().collectorSignatureId).value().signedOnPad());

    const qint64 after = scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    host.clock().advanceMinutes(10);
    auto twice = storage->pickUp(clerk, s.tag, u"李四"_s, padSignature());
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"tag"_s);
    EXPECT_TRUE(twice.error().message.contains(u"11/22/2026 5:30 PM"_s)) << twice.error().message.toStdString();
    EXPECT_TRUE(twice.error().message.contains(u"王伟"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events"_s), after);
    EXPECT_EQ(storage->find(s.id).value().collectorName, u"王伟"_s);
}

TEST_P(StoredItemServiceTest, TheSearchFindsAnItemByTagDepositorUnitOrItem)
{
    const StoredItem s = deposit();
    host.services().search.addSource(StoredItemService::searchSource());
    for (const QString& text : {s.tag, u"王伟"_s, u"行李箱"_s, u"20261122-001"_s}) {
        auto hits = host.services().search.find(clerk, text);
        ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
        bool found = false;
        for (const SearchHit& h : hits.value())
            if (h.kind == u"stored_item"_s && h.refId == s.id) {
                found = true;
                EXPECT_EQ(h.title, s.tag);
                EXPECT_EQ(h.unitId, s.unitId);
                EXPECT_FALSE(h.detail.contains(u"13800001111"_s)); // no full phone in what is shown
            }
        EXPECT_TRUE(found) << text.toStdString();
    }
}

TEST_P(StoredItemServiceTest, TheReceiptIsOnePagePdf)
{
    // R-PS-1: a numbered tag/receipt.
    const StoredItem s = deposit();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipt.pdf"_s);
    StoredItemReceiptPrinter::Sheet sheet{u"阳光花园物业服务中心"_s, s,
                                          storage->signature(s.depositSignatureId).value()};
    EXPECT_TRUE(StoredItemReceiptPrinter::html(sheet).contains(s.tag));
    ASSERT_TRUE(StoredItemReceiptPrinter::writePdf(sheet, path).ok());
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_EQ(QString::fromLatin1(bytes).count(QRegularExpression(u"/Type\\s*/Page[^s]"_s)), 1);
}

// R-PS-1: the tag's PDF text is the site and the items as printed, not Kangxi radicals (⼼ for 心).
TEST_P(StoredItemServiceTest, TheReceiptsTextIsTheCharactersPrinted)
{
    const StoredItem s = deposit();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipt.pdf"_s);
    ASSERT_TRUE(StoredItemReceiptPrinter::writePdf(
                    {u"阳光花园物业服务中心"_s, s, storage->signature(s.depositSignatureId).value()}, path)
                    .ok());
    const PdfText text = PdfText::read(path);
    EXPECT_TRUE(text.all().contains(u"阳光花园物业服务中心"_s)) << text.all().toStdString();
    EXPECT_TRUE(text.all().contains(s.tag)) << text.all().toStdString();
    EXPECT_EQ(text.firstIn(0x2E80, 0x2FDF), 0u) << text.all().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, StoredItemServiceTest, ::testing::ValuesIn(TestDatabase::backends()), BackendName());

} // namespace
} // namespace fd::test
