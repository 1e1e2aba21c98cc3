#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fd {

struct ConnectionSpec;

// Drafts kept in a folder of this computer, for the time the site's database cannot take them
// (issue 16: the server is away and "drafts are local"): a window closed or a computer restarted
// during an outage still finds what the person typed. One file per form and person, written whole
// (QSaveFile) and readable by this account only (it holds customers' names and numbers); removed
// once the database has the draft again.
class LocalDrafts
{
    Q_DECLARE_TR_FUNCTIONS(LocalDrafts)

public:
    struct Draft
    {
        QByteArray json; // the form as its service keeps it
        qint64 savedMs = 0;
        // The database's draft this one was typed after, as the service last saw it there (its own
        // saved_ms; 0: none); -1 not known. Tells newer without comparing two computers' clocks.
        qint64 basedOnMs = -1;
    };

    explicit LocalDrafts(QString folder);

    // The folder for one site's database under the data folder: drafts/ and a digest of its address,
    // so two sites (or a test database) never see each other's drafts.
    [[nodiscard]] static QString folderFor(const ConnectionSpec& spec);

    Status save(const QString& form, qint64 userId, const QByteArray& json, qint64 savedMs, qint64 basedOnMs = -1);
    [[nodiscard]] std::optional<Draft> load(const QString& form, qint64 userId) const;
    void remove(const QString& form, qint64 userId);
    // Keeps the draft under another name (setAsideFileOf), replacing one set aside before: a draft
    // another desk's newer one was preferred to is not removed by the next save. False: none to keep.
    bool setAside(const QString& form, qint64 userId);
    [[nodiscard]] QString setAsideFileOf(const QString& form, qint64 userId) const;
    [[nodiscard]] QString fileOf(const QString& form, qint64 userId) const;

private:
    QString m_folder;
};

} // namespace fd
