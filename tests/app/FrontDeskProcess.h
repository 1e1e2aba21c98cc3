#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace fd::test {

// Runs the real frontdesk binary the way a person at a terminal would, with a private data folder
// (FRONTDESK_DATA_DIR) and settings folder, offscreen, in English unless a test asks otherwise.
class FrontDeskProcess
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        [[nodiscard]] QString all() const { return out + err; }
    };

    FrontDeskProcess();

    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }
    // The database the program uses when no --database is given.
    [[nodiscard]] QString defaultDatabase() const { return m_dir.filePath(QStringLiteral("frontdesk.sqlite")); }

    // `--language en` is added unless the arguments name a language.
    // `input` is what arrives on its standard input (a pipe, not a terminal).
    [[nodiscard]] Run run(const QStringList& arguments, const QByteArray& input = {}) const;

    // A migrated database with the site 翠湖花园 and its administrator, made in this process.
    static void createSite(const QString& databasePath);
    // Runs statements straight on the SQLite file, behind the program's back.
    static void execRaw(const QString& databasePath, const QStringList& statements);
    static qint64 countRows(const QString& databasePath, const QString& table);
    [[nodiscard]] static QByteArray bytes(const QString& filePath);
    static void writeFile(const QString& filePath, const QByteArray& bytes);

private:
    QTemporaryDir m_dir;
};

} // namespace fd::test
