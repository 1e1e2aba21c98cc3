// The owner's archive (R-MI-2): documents seen with their numbers masked, scans and agreements filed
// in the database with their hash, a file that is not a readable PDF or picture refused.
#include "MoveFixture.h"

#include "modules/moves/MoveTerms.h"
#include "modules/moves/OwnerArchiveService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

const QByteArray kPdf = "%PDF-1.4\n% 购房合同 第1-3页\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000");

class OwnerArchiveServiceTest : public MoveFixture
{
protected:
    void SetUp() override
    {
        MoveFixture::SetUp();
        ASSERT_TRUE(dir.isValid());
        home = unitId(u"3-1-502"_s);
        owner = scalar(u"SELECT id FROM residents WHERE unit_id = ?"_s, {home});
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    Result<ArchiveFile> attach(const QString& path, const QString& title = u"购房合同 第1-3页"_s)
    {
        FileToFile f;
        f.unitId = home;
        f.residentId = owner;
        f.kind = ArchiveFileKind::Agreement;
        f.title = title;
        f.path = path;
        return archive.attach(clerk, f);
    }

    qint64 filed() { return scalar(u"SELECT COUNT(*) FROM archive_files"_s); }

    QTemporaryDir dir;
    qint64 home = 0;
    qint64 owner = 0;
};

// R-MI-2: a scan is filed in the unit's (and its owner's) archive with its name, type, size and hash,
// and opens again byte for byte; it stays when the file on the desk's computer is gone.
TEST_P(OwnerArchiveServiceTest, AFiledScanOpensAgainFromTheArchive)
{
    const QString path = write(u"contract.pdf"_s, kPdf);
    auto filed = attach(path);
    ASSERT_TRUE(filed.ok()) << filed.error().message.toStdString();
    EXPECT_EQ(filed.value().mime, u"application/pdf"_s);
    EXPECT_EQ(filed.value().sizeBytes, kPdf.size());
    EXPECT_EQ(filed.value().sha256, OwnerArchiveService::sha256Hex(kPdf));
    EXPECT_EQ(filed.value().sha256.size(), 64);
    ASSERT_TRUE(QFile::remove(path));

    const QList<ArchiveFile> files = archive.files(clerk, home).value();
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files.first().fileName, u"contract.pdf"_s);
    EXPECT_EQ(files.first().addedBy, clerk.user.displayName);
    EXPECT_EQ(archive.files(clerk, home, owner).value().size(), 1);
    EXPECT_TRUE(archive.files(clerk, unitId(u"3-1-601"_s)).value().isEmpty());
    auto content = archive.content(clerk, filed.value().id);
    ASSERT_TRUE(content.ok()) << content.error().message.toStdString();
    EXPECT_EQ(content.value(), kPdf);
    auto byAdmin = archive.content(host.admin(), filed.value().id);
    ASSERT_FALSE(byAdmin.ok()) << "the administrator does not see personal data";
    EXPECT_EQ(byAdmin.error().code, u"perm.denied"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'archive_file'"_s), 1);
    EXPECT_FALSE(host.db().exec(u"UPDATE archive_files SET title = 'x'"_s).ok());
    EXPECT_FALSE(host.db().exec(u"DELETE FROM archive_files"_s).ok());
}

// R-MI-2: no file, an empty one, a folder, a text file, one too large, a file without a title or for
// a person of another unit is refused next to its field, and nothing is filed.
TEST_P(OwnerArchiveServiceTest, AFileThatIsNotAReadablePdfOrPictureIsRefused)
{
    const QString big = dir.filePath(u"big.pdf"_s);
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(OwnerArchiveService::MaxFileBytes + 1));
    }
    for (const QString& path : {dir.filePath(u"missing.pdf"_s), write(u"empty.pdf"_s, {}), dir.path(),
                                write(u"notes.txt"_s, "值班记录 3-1-502\n"), big, QString()}) {
        auto refused = attach(path);
        ASSERT_FALSE(refused.ok()) << path.toStdString();
        EXPECT_EQ(refused.error().field, u"file"_s) << path.toStdString();
    }
    auto untitled = attach(write(u"a.png"_s, kPng), u"  "_s);
    ASSERT_FALSE(untitled.ok());
    EXPECT_EQ(untitled.error().field, u"title"_s);
    FileToFile stranger;
    stranger.unitId = unitId(u"3-1-601"_s);
    stranger.residentId = owner; // 3-1-502's owner
    stranger.title = u"照片"_s;
    stranger.path = write(u"b.png"_s, kPng);
    auto notHers = archive.attach(clerk, stranger);
    ASSERT_FALSE(notHers.ok());
    EXPECT_EQ(notHers.error().field, u"resident"_s);
    EXPECT_EQ(filed(), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_events WHERE entity = 'archive_file'"_s), 0);
    ASSERT_TRUE(attach(write(u"c.png"_s, kPng), u"房屋照片"_s).ok()) << "a picture is filed";
}

// R-MI-1, R-MI-2: a document seen at the desk is kept with its number masked, with its scan when one
// is given; a number missing or a day in the future is refused.
TEST_P(OwnerArchiveServiceTest, ADocumentSeenKeepsItsNumberMaskedAndItsScan)
{
    DocumentSeen seen;
    seen.unitId = home;
    seen.residentId = owner;
    seen.kind = DocumentKind::IdCard;
    seen.number = u"110101199001011234"_s;
    seen.seenOn = QDate(2026, 12, 4);
    seen.scanPath = write(u"id.png"_s, kPng);
    auto kept = archive.recordDocument(clerk, seen);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_EQ(kept.value().numberMasked, u"110***********1234"_s);
    EXPECT_NE(kept.value().fileId, 0);
    const QList<ArchiveDocument> docs = archive.documents(clerk, home).value();
    ASSERT_EQ(docs.size(), 1);
    EXPECT_EQ(docs.first().numberMasked, u"110***********1234"_s);
    EXPECT_EQ(docs.first().seenOn, QDate(2026, 12, 4));
    EXPECT_EQ(host.db()
                  .scalar(u"SELECT COUNT(*) FROM archive_documents WHERE number_masked LIKE '%199001%'"_s)
                  .value()
                  .toLongLong(),
              0)
        << "the full number is never stored";
    EXPECT_EQ(archive.content(clerk, kept.value().fileId).value(), kPng);

    DocumentSeen lease = seen;
    lease.kind = DocumentKind::Lease;
    lease.scanPath.clear();
    lease.number = u"  "_s;
    auto noNumber = archive.recordDocument(clerk, lease);
    ASSERT_FALSE(noNumber.ok());
    EXPECT_EQ(noNumber.error().field, u"number"_s);
    lease.number = u"ZL-2026-0088"_s;
    lease.seenOn = QDate(2026, 12, 5);
    auto tomorrow = archive.recordDocument(clerk, lease);
    ASSERT_FALSE(tomorrow.ok());
    EXPECT_EQ(tomorrow.error().field, u"seen_on"_s);
    lease.seenOn = QDate(2026, 12, 4);
    lease.scanPath = write(u"lease.txt"_s, "not a scan");
    auto badScan = archive.recordDocument(clerk, lease);
    ASSERT_FALSE(badScan.ok());
    EXPECT_EQ(badScan.error().field, u"file"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM archive_documents"_s), 1);
    EXPECT_EQ(filed(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, OwnerArchiveServiceTest, ::testing::ValuesIn(TestDatabase::backends()),
                         BackendName());

} // namespace
} // namespace fd::test
