#include "storage/LocalDrafts.h"

#include "core/AppPaths.h"
#include "storage/ConnectionSpec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fd {

LocalDrafts::LocalDrafts(QString folder) : m_folder(std::move(folder)) {}

QString LocalDrafts::folderFor(const ConnectionSpec& spec)
{
    const QByteArray digest =
        QCryptographicHash::hash(spec.address().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(AppPaths::dataDir()).filePath(u"drafts/"_s + QString::fromLatin1(digest));
}

QString LocalDrafts::fileOf(const QString& form, qint64 userId) const
{
    return QDir(m_folder).filePath(u"%1-%2.json"_s.arg(form).arg(userId));
}

Status LocalDrafts::save(const QString& form, qint64 userId, const QByteArray& json, qint64 savedMs, qint64 basedOnMs)
{
    if (!QDir().mkpath(m_folder))
        return Error{u"drafts.folder"_s, tr("The folder %1 for drafts on this computer cannot be made.").arg(m_folder)};
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonObject record{{u"saved_ms"_s, QString::number(savedMs)},
                       {u"based_on_ms"_s, QString::number(basedOnMs)},
                       {u"json"_s, QString::fromUtf8(json)}};
    QSaveFile file(fileOf(form, userId));
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"drafts.write"_s,
                     tr("The draft cannot be written to %1: %2").arg(file.fileName(), file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(record).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error{u"drafts.write"_s,
                     tr("The draft cannot be written to %1: %2").arg(file.fileName(), file.errorString())};
    return {};
}

std::optional<LocalDrafts::Draft> LocalDrafts::load(const QString& form, qint64 userId) const
{
    QFile file(fileOf(form, userId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    bool ok = false;
    const qint64 savedMs = record.value(u"saved_ms"_s).toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt; // not one of ours, or cut short: the database's draft stands
    bool known = false;
    const qint64 basedOnMs = record.value(u"based_on_ms"_s).toString().toLongLong(&known);
    return Draft{record.value(u"json"_s).toString().toUtf8(), savedMs, known ? basedOnMs : -1};
}

void LocalDrafts::remove(const QString& form, qint64 userId)
{
    QFile::remove(fileOf(form, userId));
}

QString LocalDrafts::setAsideFileOf(const QString& form, qint64 userId) const
{
    return QDir(m_folder).filePath(u"%1-%2-set-aside.json"_s.arg(form).arg(userId));
}

bool LocalDrafts::setAside(const QString& form, qint64 userId)
{
    if (!QFile::exists(fileOf(form, userId)))
        return false;
    QFile::remove(setAsideFileOf(form, userId));
    return QFile::rename(fileOf(form, userId), setAsideFileOf(form, userId));
}

} // namespace fd
