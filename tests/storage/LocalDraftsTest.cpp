// Issue 16, "drafts are local": the folder of this computer that keeps a form's draft while the
// site's server is away. (The intake form's use of it is OutageTest's, against a stopped server.)
#include "storage/LocalDrafts.h"
#include "storage/ConnectionSpec.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fd;

namespace {

TEST(LocalDraftsTest, ADraftIsReadBackAsWrittenAndOnlyByThisAccount)
{
    QTemporaryDir dir;
    LocalDrafts drafts(dir.filePath(u"site"_s));
    ASSERT_TRUE(drafts.save(u"intake"_s, 7, R"({"description":"电梯异响"})", 1'000).ok());
    auto read = drafts.load(u"intake"_s, 7);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(QString::fromUtf8(read->json), uR"({"description":"电梯异响"})"_s);
    EXPECT_EQ(read->savedMs, 1'000);
    EXPECT_FALSE(drafts.load(u"intake"_s, 8).has_value()) << "another person's draft";
    const auto perms = QFile::permissions(drafts.fileOf(u"intake"_s, 7));
    EXPECT_EQ(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    drafts.remove(u"intake"_s, 7);
    EXPECT_FALSE(drafts.load(u"intake"_s, 7).has_value());
}

TEST(LocalDraftsTest, AFileCutShortIsNoDraft)
{
    QTemporaryDir dir;
    LocalDrafts drafts(dir.path());
    ASSERT_TRUE(drafts.save(u"intake"_s, 7, "{}", 5).ok());
    QFile file(drafts.fileOf(u"intake"_s, 7));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"saved_ms":"12)");
    file.close();
    EXPECT_FALSE(drafts.load(u"intake"_s, 7).has_value());
}

TEST(LocalDraftsTest, EachSitesDatabaseHasAFolderOfItsOwn)
{
    const auto a = ConnectionSpec::parse(u"postgresql://frontdesk@10.0.0.5:5432/frontdesk"_s);
    const auto b = ConnectionSpec::parse(u"postgresql://frontdesk@10.0.0.5:5432/site_two"_s);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(LocalDrafts::folderFor(a.value()), LocalDrafts::folderFor(b.value()));
    EXPECT_EQ(LocalDrafts::folderFor(a.value()), LocalDrafts::folderFor(a.value()));
}

} // namespace
