#pragma once

#include <QCoreApplication>
#include <QString>

class ApiError;
class QLabel;

// An error sentence as the verify steps show it, as rich text (the sentence escaped): with its
// sign and a link to the HTTP exchange behind it ("exchange:ID"), which the inspector then
// selects.
class ErrorLink
{
    Q_DECLARE_TR_FUNCTIONS(ErrorLink)

public:
    static QString text(const ApiError &error);
    static QString withExchange(const QString &sentence, quint64 exchangeId);
    // The exchange id of a link made by withExchange(); 0 for another link.
    static quint64 exchangeId(const QString &link);
};
