"""Invented people for demo databases: names from many cultures and scripts, phone formats.

Only first names and family names that are common in each culture are combined at random, so
no demo patient is a real person. Phone numbers use each country's format with random digits.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    """Names as written in one language and script, with a phone format (# is a digit)."""

    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    phone: str
    # Fitzpatrick types I-VI, as relative weights: spread, tinted by the population.
    skin: tuple[int, int, int, int, int, int]
    # An e-mail address needs Latin letters; other scripts get a numbered address.
    latin: bool = True


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


CULTURES: tuple[Culture, ...] = (
    Culture(  # English
        16,
        _split("Mary Margaret Sarah Emily Olivia Charlotte Amelia Grace Jessica Chloe Lucy Marion"),
        _split("James John Oliver Harry George Jack Thomas William Mark Martin Daniel Matthew"),
        _split("Smith Jones Taylor Brown Williams Wilson Evans Walker Wright Marshall Martin Hall"),
        "+44 7### ######",
        (3, 6, 4, 1, 1, 1),
    ),
    Culture(  # German
        8,
        _split("Anna Marie Lena Jana Zoë Jürgen Sophie Hannah Käthe Greta Marlene Lea"),
        _split("Lukas Jonas Felix Jürgen Maximilian Paul Leon Günter Markus Björn Uwe Jörg"),
        _split("Müller Schmidt Schneider Fischer Weiß Schäfer Köhler Groß Hoffmann Bäcker Krüger"),
        "+49 15# #######",
        (2, 6, 4, 1, 0, 0),
    ),
    Culture(  # French
        7,
        _split("Chloé Léa Zoé Hélène Élodie Maëlle Manon Camille Amélie Marguerite Inès Noémie"),
        _split("Jérôme Théo François Mathéo Noël Loïc Gaëtan Hugo Étienne Raphaël Marc Benoît"),
        _split(
            "Martin Bernard Lefèvre Girard Dubois Moreau Laurent Lemaître Mercier Leclerc Rousseau"
        ),
        "06 ## ## ## ##",
        (2, 5, 4, 2, 1, 1),
    ),
    Culture(  # Spanish and Latin American
        9,
        _split("María Lucía Sofía Martina Valentina Marta Inés Carmen Mariana Ximena Begoña Rocío"),
        _split("José Álvaro Martín Marcos Hugo Pablo Ángel Sergio Jesús Andrés Íñigo Raúl"),
        _split("García Martínez López Sánchez Pérez Gómez Fernández Muñoz Núñez Ibáñez Peña"),
        "+34 6## ### ###",
        (1, 3, 5, 4, 2, 1),
    ),
    Culture(  # Portuguese and Brazilian
        5,
        _split("Ana Beatriz Mariana Leonor Inês Conceição Luísa Letícia Márcia Gabriela"),
        _split("João Tomás Gonçalo Antônio Luís Marcelo Simão Caio Rodrigo Sebastião"),
        _split("Silva Santos Ferreira Pereira Gonçalves Conceição Magalhães Araújo Simões Brandão"),
        "+351 9## ### ###",
        (1, 2, 4, 4, 3, 2),
    ),
    Culture(  # Nordic
        4,
        _split("Åsa Ingrid Sigrid Märta Øydis Astrid Freja Maja Linnéa Solveig"),
        _split("Søren Anders Björn Håkan Øyvind Nils Mårten Lars Åke Rasmus"),
        _split("Ångström Johansson Lindqvist Sørensen Ødegård Åberg Nyström Bjørnstad Hansen"),
        "+46 7# ### ## ##",
        (4, 6, 2, 0, 0, 0),
    ),
    Culture(  # Polish and Czech
        4,
        _split("Małgorzata Zofia Agnieszka Kateřina Łucja Marta Anežka Joanna Dorota Zuzana"),
        _split("Łukasz Paweł Michał Jiří Tomasz Marek Wojciech Přemysl Kamil Grzegorz"),
        _split("Kowalski Wiśniewska Dvořák Nowak Wójcik Łukasiewicz Novotná Kamińska Černý"),
        "+48 ### ### ###",
        (2, 5, 4, 1, 0, 0),
    ),
    Culture(  # Turkish
        4,
        _split("Ayşe Elif Zeynep Özlem Gül Şebnem Merve İpek Çiğdem Büşra"),
        _split("Mehmet Mustafa Emre Oğuz Çağlar İbrahim Şükrü Burak Gökhan Ömer"),
        _split("Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Doğan Kılıç Arslan"),
        "+90 5## ### ## ##",
        (0, 2, 5, 4, 1, 0),
    ),
    Culture(  # Vietnamese
        6,
        _split("Mai Lan Hương Thảo Ngọc Phương Linh Trang Hằng Thu"),
        _split("Minh Hùng Dũng Tuấn Quang Đức Hải Long Khánh Phúc"),
        _split("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ"),
        "+84 9# ### ## ##",
        (0, 1, 4, 6, 2, 0),
    ),
    Culture(  # Greek
        3,
        _split("Μαρία Ελένη Αικατερίνη Σοφία Δήμητρα Γεωργία Ιωάννα Χριστίνα"),
        _split("Γιώργος Δημήτρης Κωνσταντίνος Νίκος Γιάννης Μάρκος Χρήστος Παναγιώτης"),
        _split("Παπαδόπουλος Παπαδοπούλου Νικολάου Γεωργίου Οικονόμου Βασιλείου Καραγιάννης"),
        "+30 69# ### ####",
        (0, 2, 5, 4, 1, 0),
        latin=False,
    ),
    Culture(  # Russian and Ukrainian (Cyrillic)
        5,
        _split("Мария Анна Ольга Елена Татьяна Наталья Ирина Марина Юлия Ксения"),
        _split("Иван Алексей Дмитрий Сергей Андрей Михаил Николай Юрий Олег Марк"),
        _split("Иванова Петров Смирнова Кузнецов Попова Соколов Шевченко Коваленко Мельник"),
        "+7 9## ###-##-##",
        (2, 6, 4, 1, 0, 0),
        latin=False,
    ),
    Culture(  # Arabic
        6,
        _split("فاطمة مريم عائشة نور ليلى سارة زينب هدى رنا ياسمين"),
        _split("محمد أحمد علي عمر خالد يوسف حسن إبراهيم طارق سامي"),
        _split("العلي الحسن المصري الخطيب حداد النجار الشامي منصور عبدالله"),
        "+971 5# ### ####",
        (0, 1, 3, 5, 4, 1),
        latin=False,
    ),
    Culture(  # Arabic names in Latin letters
        4,
        _split("Fatima Mariam Aisha Nour Layla Sara Zainab Huda Rania Yasmin"),
        _split("Mohammed Ahmed Ali Omar Khaled Youssef Hassan Ibrahim Tarek Samir"),
        _split("Al-Ali Haddad El-Masri Al-Khatib Mansour Najjar Abdallah Saleh Farouk"),
        "+971 5# ### ####",
        (0, 1, 3, 5, 4, 1),
    ),
    Culture(  # Chinese
        6,
        _split("秀英 丽 静 敏 芳 婷 雪 玲"),
        _split("伟 强 磊 军 洋 勇 杰 涛"),
        _split("王 李 张 刘 陈 杨 黄 赵 周 吴"),
        "+86 13# #### ####",
        (1, 3, 6, 4, 1, 0),
        latin=False,
    ),
    Culture(  # Japanese
        3,
        _split("陽菜 さくら 結衣 美咲 葵 花子"),
        _split("翔太 大輝 蓮 健太 悠斗 太郎"),
        _split("佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村"),
        "090-####-####",
        (1, 3, 6, 3, 0, 0),
        latin=False,
    ),
    Culture(  # Korean
        3,
        _split("서연 민서 지우 하은 수빈 지민"),
        _split("민준 서준 도윤 예준 시우 지호"),
        _split("김 이 박 최 정 강 조 윤"),
        "010-####-####",
        (1, 3, 6, 3, 0, 0),
        latin=False,
    ),
    Culture(  # West African and Caribbean
        5,
        _split("Adaeze Chiamaka Ngozi Aminata Fatoumata Abena Ama Marcia Keisha Ifeoma"),
        _split("Chukwuemeka Kwame Kofi Oluwaseun Babatunde Mamadou Ousmane Marlon Tunde"),
        _split("Okafor Mensah Adeyemi Diallo Traoré Boateng Okonkwo Ndiaye Asante Campbell"),
        "+234 80# ### ####",
        (0, 0, 1, 2, 5, 6),
    ),
    Culture(  # South Asian
        5,
        _split("Priya Ananya Lakshmi Divya Aishwarya Meera Sunita Kavya Mariyam Nisha"),
        _split("Rahul Arjun Vikram Sanjay Rohan Imran Aditya Karthik Mohan Suresh"),
        _split("Sharma Patel Singh Kumar Reddy Iyer Gupta Chaudhary Khan Nair"),
        "+91 9#### #####",
        (0, 1, 2, 5, 5, 2),
    ),
)

NOTES = (
    "",
    "",
    "",
    "",
    "Prefers morning appointments.",
    "Would like a text reminder the day before.",
    "Asked for written aftercare in large print.",
    "Referred by the dermatology clinic.",
)
