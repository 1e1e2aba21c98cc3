#include "GuiTestSupport.h"

#include "modules/registry/ImportDialog.h"
#include "modules/registry/ImportProblemModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class ImportDialogTest : public ::testing::Test
{
protected:
    TestHost host;
    QTemporaryDir dir;
    ImportDialog dialog{host.services().registry, host.admin()};

    void SetUp() override { dialog.show(); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    qint64 units() { return host.services().registry.unitCount().value(); }
};

TEST_F(ImportDialogTest, NothingChosenMeansNothingToImport)
{
    EXPECT_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
}

TEST_F(ImportDialogTest, BadFileListsEveryProblemDisablesImportAndWritesNothing)
{
    ASSERT_TRUE(dialog.openFile(write(u"bad.csv"_s, badUnitsCsv())));
    EXPECT_EQ(labelText(&dialog, "fileNameLabel"), u"bad.csv"_s);
    ImportProblemModel* problems = dialog.problemModel();
    ASSERT_GE(problems->rowCount(), 2);
    QStringList rows;
    for (int r = 0; r < problems->rowCount(); ++r)
        rows << problems->index(r, ImportProblemModel::Row).data().toString();
    // Spreadsheet rows (header = row 1): the bad data rows 2 and 3 are rows 3 and 4 in Excel.
    EXPECT_TRUE(rows.contains(u"3"_s)) << rows.join(u',').toStdString();
    EXPECT_TRUE(rows.contains(u"4"_s)) << rows.join(u',').toStdString();
    EXPECT_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
    // Clicking the disabled button does nothing either.
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    EXPECT_EQ(units(), 0);
}

TEST_F(ImportDialogTest, GoodFileIsPreviewedThenImported)
{
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    ASSERT_TRUE(dialog.openFile(write(u"units.csv"_s, sampleUnitsCsv())));
    EXPECT_EQ(dialog.problemModel()->rowCount(), 0);
    EXPECT_TRUE(labelText(&dialog, "encodingLabel").contains(u"UTF-8"_s));
    EXPECT_EQ(units(), 0); // the preview writes nothing
    auto* import = child<QPushButton>(&dialog, "importButton");
    ASSERT_TRUE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    EXPECT_EQ(units(), 6);
    EXPECT_EQ(imported.count(), 1);
    auto* result = child<QPlainTextEdit>(&dialog, "importResultText");
    EXPECT_TRUE(result->isVisible());
    EXPECT_FALSE(result->toPlainText().isEmpty());
    EXPECT_FALSE(import->isEnabled()); // done: a second click would only repeat it
}

TEST_F(ImportDialogTest, GbkFileFromExcelIsRecognised)
{
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(QString::fromUtf8(sampleUnitsCsv()));
    ASSERT_TRUE(dialog.openFile(write(u"excel.csv"_s, bytes)));
    EXPECT_TRUE(labelText(&dialog, "encodingLabel").contains(u"GB"_s))
        << labelText(&dialog, "encodingLabel").toStdString();
    EXPECT_TRUE(child<QPushButton>(&dialog, "importButton")->isEnabled());
}

TEST_F(ImportDialogTest, UnreadableFileIsSaidAndNothingHappens)
{
    EXPECT_FALSE(dialog.openFile(dir.filePath(u"missing.csv"_s)));
    EXPECT_TRUE(labelText(&dialog, "fileNameLabel").contains(u"missing.csv"_s));
    EXPECT_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
}

TEST_F(ImportDialogTest, ProblemModelPassesTheModelTester)
{
    ImportProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProblems(host.services().registry.previewUnitsCsv(badUnitsCsv()).problems);
    EXPECT_GE(model.rowCount(), 2);
    model.setProblems({{0, {}, u"The file is empty."_s}});
    EXPECT_EQ(model.index(0, ImportProblemModel::Row).data().toString(), u"file"_s);
    model.setProblems({});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace fd::test
