#include "storage/PgPass.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString keyOf(const ConnectionSpec& spec)
{
    return QStringList{PgPass::escaped(spec.host), QString::number(spec.port), PgPass::escaped(spec.database),
                       PgPass::escaped(spec.user)}
               .join(u':') +
           u':';
}

} // namespace

QString PgPass::path()
{
    const QString named = qEnvironmentVariable("PGPASSFILE");
    return named.isEmpty() ? QDir::home().filePath(u".pgpass"_s) : named;
}

QString PgPass::escaped(const QString& field)
{
    QString out = field;
    out.replace(u"\\"_s, u"\\\\"_s);
    out.replace(u":"_s, u"\\:"_s);
    return out;
}

bool PgPass::has(const ConnectionSpec& spec)
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString key = keyOf(spec);
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n'))
        if (line.startsWith(key))
            return true;
    return false;
}

Status PgPass::save(const ConnectionSpec& spec, const QString& password)
{
    const QString file = path();
    QList<QByteArray> lines;
    {
        QFile existing(file);
        if (existing.exists() && !existing.open(QIODevice::ReadOnly))
            return Error{u"pgpass.read"_s, tr("%1 cannot be read, so the password was not saved.").arg(file)};
        if (existing.isOpen())
            lines = existing.readAll().split('\n'); // other lines kept byte for byte
    }
    const QByteArray key = keyOf(spec).toUtf8();
    lines.removeIf([&key](const QByteArray& line) { return line.startsWith(key) || line.isEmpty(); });
    // libpq takes the first line that matches: this one goes before any wider one (a * line).
    lines.prepend(key + escaped(password).toUtf8());

    // Written to a new file that only this user may read from the start, then put in place.
    const mode_t before = ::umask(077);
    QSaveFile out(file);
    const bool opened = out.open(QIODevice::WriteOnly);
    ::umask(before);
    if (!opened || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(lines.join('\n') + '\n') < 0 || !out.commit())
        return Error{u"pgpass.write"_s, tr("The password could not be saved in %1.").arg(file)};
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace fd
